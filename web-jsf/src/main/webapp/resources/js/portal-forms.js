/*
 * What every form of the portal does the same way (loaded by the page template on every page):
 *
 * - Enter in a text field does the natural action of the part of the form the field is in: the
 *   button marked data-default-action nearest to the field (the postal-code search for the postal
 *   code, the name search for the name), else the form's only button, else nothing. It never
 *   presses a button that merely comes first in the form, such as an attachment's 削除.
 * - A button with data-confirm asks before it acts (削除, 却下, 完了, …).
 * - A button pressed while the page's own saves (Ajax, e.g. the autosave after a change) are still
 *   under way waits for them, so the save and the button never race each other.
 * - When such a save answers 401 the session has ended: the page says so, keeps what was typed in
 *   this tab (sessionStorage, never for passwords) and offers the login, which returns to this
 *   address; back here the kept values are put into their fields again and sent as usual.
 * - A form sent as a whole page (not Ajax) from a signed-in page keeps what was typed the same way
 *   while it is on its way: when the session has ended the server answers with the login page,
 *   which says so; after the login, back on the form, the kept values are put into their fields
 *   again for the resident to check and send. Any other page that follows drops them.
 * - A signed-in page that the browser shows again from its back-forward cache is reloaded.
 * Texts come from the template's #form-guard element, in the page's language.
 */
(function () {
    "use strict";

    var KEPT = "mynaportal.unsent:";
    var AUTOSAVED = "autosaved";
    var SENT = "sent";
    var TEXT_TYPES = ["text", "search", "email", "tel", "url", "number", "date", "password", ""];
    var sessionEnded = false;

    function guard() {
        return document.getElementById("form-guard");
    }

    /** The portal's context path: "" at the root (an empty attribute may not be rendered at all). */
    function contextPath() {
        return (guard() && guard().getAttribute("data-context")) || "";
    }

    function address() {
        var context = contextPath();
        var path = window.location.pathname;
        if (context && path.indexOf(context) === 0) {
            path = path.substring(context.length);
        }
        return path + window.location.search;
    }

    function isTextField(element) {
        return element && element.tagName === "INPUT"
            && TEXT_TYPES.indexOf((element.getAttribute("type") || "").toLowerCase()) >= 0;
    }

    function submitters(scope) {
        return Array.prototype.slice.call(
            scope.querySelectorAll("button:not([type=button]):not([type=reset]), input[type=submit]"))
            .filter(function (b) { return !b.disabled; });
    }

    /** The button Enter presses in a field: the nearest marked one, else the form's only button. */
    function naturalAction(field) {
        var form = field.form;
        for (var node = field.parentElement; node && node !== form.parentElement; node = node.parentElement) {
            var marked = node.querySelector("[data-default-action]");
            if (marked && !marked.disabled) {
                return marked;
            }
        }
        var all = submitters(form);
        return all.length === 1 && !all[0].hasAttribute("data-confirm") ? all[0] : null;
    }

    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (event.key !== "Enter" || event.isComposing || event.keyCode === 229 || !isTextField(field) || !field.form) {
            return;
        }
        event.preventDefault();
        var button = naturalAction(field);
        if (button) {
            button.click();
        }
    }, true);

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
        if (button && !window.confirm(button.getAttribute("data-confirm"))) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    function ajaxBusy() {
        return window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.isEmpty();
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (sessionEnded && !form.hasAttribute("data-after-session")) {
            event.preventDefault();
            event.stopImmediatePropagation();
            keepTyped(AUTOSAVED);
            showSessionEnded();
            return;
        }
        if (!ajaxBusy()) {
            if (signedIn() && !form.hasAttribute("data-after-session")) {
                keepTyped(SENT);
            }
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        var submitter = event.submitter;
        var timer = window.setInterval(function () {
            if (ajaxBusy()) {
                return;
            }
            window.clearInterval(timer);
            if (sessionEnded) {
                keepTyped(AUTOSAVED);
                showSessionEnded();
            } else if (submitter && submitter.form === form) {
                form.requestSubmit(submitter);
            } else {
                form.requestSubmit();
            }
        }, 50);
    }, true);

    function keptFields() {
        return Array.prototype.slice.call(document.querySelectorAll("main form input, main form select, main form textarea"))
            .filter(function (e) {
                var type = (e.getAttribute("type") || "").toLowerCase();
                return e.id && !e.readOnly && !e.disabled
                    && ["hidden", "password", "file", "submit", "button", "reset", "image"].indexOf(type) < 0;
            });
    }

    function signedIn() {
        return guard() && guard().getAttribute("data-signed-in") === "true";
    }

    /**
     * Keeps the page's values for this address: {@code how} is AUTOSAVED (the page's saves will
     * send them again) or SENT (a whole-page send that may meet the login page instead).
     */
    function keepTyped(how) {
        var values = {};
        keptFields().forEach(function (e) {
            var type = (e.getAttribute("type") || "").toLowerCase();
            if (type === "checkbox" || type === "radio") {
                values[e.id] = { checked: e.checked };
            } else if (e.multiple) {
                values[e.id] = { selected: Array.prototype.map.call(e.selectedOptions, function (o) { return o.value; }) };
            } else {
                values[e.id] = { value: e.value };
            }
        });
        try {
            window.sessionStorage.setItem(KEPT + address(), JSON.stringify({ how: how, afterLogin: false, values: values }));
        } catch (ignored) {
            // storage refused (private mode, full): the message still says what happened
        }
    }

    function message(id, text, linkText, linkAddress) {
        var existing = document.getElementById(id);
        if (existing) {
            existing.focus();
            return;
        }
        var box = document.createElement("div");
        box.id = id;
        box.className = "messages messages--warning";
        box.setAttribute("role", "alert");
        box.setAttribute("tabindex", "-1");
        var paragraph = document.createElement("p");
        paragraph.textContent = text;
        box.appendChild(paragraph);
        if (linkText) {
            var link = document.createElement("a");
            link.id = id + "-login";
            link.className = "button";
            link.href = linkAddress;
            link.textContent = linkText;
            box.appendChild(link);
        }
        var main = document.getElementById("main");
        var heading = main.querySelector("h1");
        if (heading && heading.parentNode) {
            heading.parentNode.insertBefore(box, heading.nextSibling);
        } else {
            main.insertBefore(box, main.firstChild);
        }
        box.focus();
    }

    function showSessionEnded() {
        var g = guard();
        Array.prototype.forEach.call(document.querySelectorAll(".save-status"), function (s) { s.textContent = ""; });
        message("session-ended", g.getAttribute("data-session-ended"), g.getAttribute("data-login"),
            contextPath() + g.getAttribute("data-login-page") + "?next=" + encodeURIComponent(address()));
    }

    function onAjaxError(xhr) {
        if (xhr && xhr.status === 401) {
            sessionEnded = true;
            keepTyped(AUTOSAVED);
            showSessionEnded();
        }
    }

    /** The values kept in this tab, by address: {how, afterLogin, values}. */
    function keptEntries() {
        var entries = {};
        try {
            for (var i = 0; i < window.sessionStorage.length; i++) {
                var key = window.sessionStorage.key(i);
                if (key && key.indexOf(KEPT) === 0) {
                    entries[key] = JSON.parse(window.sessionStorage.getItem(key));
                }
            }
        } catch (ignored) {
            // nothing kept, or storage refused
        }
        return entries;
    }

    /**
     * On the login page: the kept values wait for the login, which returns to their form; a page
     * sent as a whole that met the login page instead says why the resident is here.
     */
    function awaitLogin() {
        var entries = keptEntries();
        var sentHere = false;
        Object.keys(entries).forEach(function (key) {
            var entry = entries[key];
            if (!entry || !entry.values) {
                return;
            }
            entry.afterLogin = true;
            sentHere = sentHere || entry.how === SENT;
            try {
                window.sessionStorage.setItem(key, JSON.stringify(entry));
            } catch (ignored) {
                // storage refused: nothing to bring back
            }
        });
        if (sentHere && !document.getElementById("session-expired")) {
            message("session-ended", guard().getAttribute("data-session-ended-sent"));
        }
    }

    /** On a signed-in page: values kept before a login return to their form; all others are dropped. */
    function restoreKept() {
        var entries = keptEntries();
        var entry = entries[KEPT + address()];
        clearKept();
        if (!entry || !entry.values || !entry.afterLogin || !document.querySelector("main form")) {
            return;
        }
        var values = entry.values;
        var restored = 0;
        Object.keys(values).forEach(function (id) {
            var e = document.getElementById(id);
            if (!e || e.readOnly || e.disabled) {
                return;
            }
            var kept = values[id];
            var changed = false;
            if ("checked" in kept && e.checked !== kept.checked) {
                e.checked = kept.checked;
                changed = true;
            } else if ("selected" in kept) {
                Array.prototype.forEach.call(e.options, function (o) {
                    var pick = kept.selected.indexOf(o.value) >= 0;
                    changed = changed || o.selected !== pick;
                    o.selected = pick;
                });
            } else if ("value" in kept && e.value !== kept.value) {
                e.value = kept.value;
                changed = true;
            }
            if (changed) {
                restored++;
                e.dispatchEvent(new Event("change", { bubbles: true }));
            }
        });
        if (restored > 0) {
            message("unsent-restored", guard().getAttribute(entry.how === SENT ? "data-restored-sent" : "data-restored"));
        }
    }

    /** A whole-page send that led to a page other than the login page did not meet the login. */
    function dropSent() {
        var entries = keptEntries();
        Object.keys(entries).forEach(function (key) {
            if (entries[key] && entries[key].how === SENT) {
                try {
                    window.sessionStorage.removeItem(key);
                } catch (ignored) {
                    // nothing kept
                }
            }
        });
    }

    function clearKept() {
        try {
            for (var i = window.sessionStorage.length - 1; i >= 0; i--) {
                var key = window.sessionStorage.key(i);
                if (key && key.indexOf(KEPT) === 0) {
                    window.sessionStorage.removeItem(key);
                }
            }
        } catch (ignored) {
            // nothing kept
        }
    }

    function start() {
        if (!guard()) {
            return;
        }
        if (window.jQuery) {
            jQuery(document).on("pfAjaxError", function (event, xhr) { onAjaxError(xhr); });
        }
        var logout = document.querySelector("[data-logout]");
        if (logout) {
            logout.addEventListener("submit", clearKept);
        }
        if (signedIn()) {
            restoreKept();
        } else if (address().indexOf(guard().getAttribute("data-login-page")) === 0) {
            // not signed in, the kept values wait for the login, which comes back to their address
            awaitLogin();
        } else {
            dropSent();
        }
    }

    // a page of a signed-in resident brought back from the browser's back-forward cache (Back after
    // ログアウト) is asked for again, so that the server decides what it shows now
    window.addEventListener("pageshow", function (event) {
        if (event.persisted && guard() && guard().getAttribute("data-signed-in") === "true") {
            window.location.reload();
        }
    });

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
