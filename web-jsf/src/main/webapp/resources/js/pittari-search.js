/*
 * ぴったりサービス search page (pittari/search.xhtml). The page works without this script: its
 * forms are GET forms whose addresses carry every input. With it, 該当件数 follows the category
 * boxes as they change, 全て選択 / リセット work in place, and 申請する is enabled only while every
 * ticked procedure can be done online. Texts come from the page (data-pattern, in its language).
 */
(function () {
    "use strict";

    function format(pattern, value) {
        return pattern.replace("{0}", String(value));
    }

    function categorySearch(form) {
        var boxes = Array.prototype.slice.call(form.querySelectorAll("input[data-category]"));
        var count = document.getElementById("category-count");
        var lgCode = form.querySelector("input[name='lg']").value;
        var latest = 0;

        function updateCount() {
            var query = new URLSearchParams();
            query.append("lg", lgCode);
            boxes.filter(function (box) { return box.checked; })
                .forEach(function (box) { query.append("c", box.value); });
            var request = ++latest;
            fetch(count.getAttribute("data-address") + "?" + query.toString(), {
                headers: { "Accept": "application/json" },
                credentials: "same-origin"
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (answer) {
                if (answer && request === latest) {
                    count.textContent = format(count.getAttribute("data-pattern"), answer.count);
                }
            }).catch(function () {
                // the count stays as it was; この条件でさがす still answers
            });
        }

        boxes.forEach(function (box) { box.addEventListener("change", updateCount); });
        [["category-all", true], ["category-reset", false]].forEach(function (button) {
            document.getElementById(button[0]).addEventListener("click", function (event) {
                event.preventDefault();
                boxes.forEach(function (box) { box.checked = button[1]; });
                updateCount();
            });
        });
    }

    function applyArea(form) {
        var boxes = Array.prototype.slice.call(form.querySelectorAll("input.procedure__checkbox"));
        var apply = document.getElementById("apply");
        var selected = document.getElementById("apply-selected");

        function update() {
            var ticked = boxes.filter(function (box) { return box.checked; });
            var online = ticked.every(function (box) {
                return box.closest(".procedure").getAttribute("data-online") === "true";
            });
            apply.disabled = ticked.length === 0 || !online;
            selected.textContent = format(selected.getAttribute("data-pattern"), ticked.length);
            ["apply-result", "apply-message"].forEach(function (id) {
                var shown = document.getElementById(id);
                if (shown) {
                    shown.hidden = true;
                }
            });
        }

        boxes.forEach(function (box) { box.addEventListener("change", update); });
    }

    var criteria = document.getElementById("criteria");
    if (criteria) {
        categorySearch(criteria);
    }
    var results = document.getElementById("results");
    if (results && document.getElementById("apply")) {
        applyArea(results);
    }
}());
