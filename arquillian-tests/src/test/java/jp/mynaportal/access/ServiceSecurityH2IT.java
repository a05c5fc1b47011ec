package jp.mynaportal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import jp.mynaportal.application.InboxService;
import jp.mynaportal.auth.AuthenticationService;
import jp.mynaportal.counter.CounterException;
import jp.mynaportal.counter.CounterService;
import jp.mynaportal.proxy.ProxyGrant;
import jp.mynaportal.proxy.ProxyService;
import jp.mynaportal.proxy.ProxyServiceContract;
import jp.mynaportal.support.Callers;
import jp.mynaportal.support.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every method of every service interface of ejb-core, found by reflection, called inside the
 * container by an anonymous caller, by a resident and by staff of another municipality (each
 * authenticated for real with a demo card): refused exactly where it must be, and not refused
 * where it is allowed. A new service method is called here without anyone listing it.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceSecurityH2IT {

    /**
     * What an anonymous caller may use: the login itself (and the end of a session, which the
     * mechanism reports before it knows a caller, naming the session by the token only the session
     * holds) and the public search of procedures and places.
     */
    private static final Set<String> OPEN_TO_ANYONE = Set.of(
            "AuthenticationService.issueChallenge",
            "AuthenticationService.loginWithToken",
            "AuthenticationService.openSessionWithToken",
            "AuthenticationService.loginWithCard",
            "AuthenticationService.cardReaders",
            "AuthenticationService.redeem",
            "AuthenticationService.sessionExpired",
            "AuthenticationService.certificateRevoked",
            "PasswordResetService.resetWithSigningPassword",
            "MunicipalityService.*",
            "PittariCatalogueService.*",
            "PittariKeywordService.*",
            // an agency request is authenticated here, before the container knows the agency
            "AgencyAuthenticationService.authenticate",
            // もっとつながる: a site's authentication request is checked before anybody logs in, and
            // the sites' endpoints authenticate the site themselves (client authentication, tokens)
            "ConnectService.check",
            "OpenIdProvider.*",
            // 外部サイトへのお知らせ情報提供: the site's client assertion authenticates each call
            "SiteNoticeService.*",
            // スマートフォンでログイン: the browser and the phone act before anybody is logged in; the
            // card's token is what proves who logs in
            "PhoneLoginService.*",
            // the confirmation link of a new e-mail address is opened from the mail, maybe logged out;
            // its single-use token is what proves it
            "AccountService.confirmEmail");

    /** What needs counter staff. */
    private static final Set<String> STAFF_ONLY = Set.of("InboxService.*", "CounterService.*");

    /** What needs an agency: a resident and staff are refused by the role. */
    private static final Set<String> AGENCY_ONLY = Set.of(
            "AgencyLinkService.resolve",
            "AgencyLinkService.resolveAll",
            "ExchangeLedger.*",
            "RecordUploadService.*",
            "ErrorReportService.queue",
            "ErrorReportService.attachment",
            "ErrorReportService.answer",
            "InsurerService.*",
            "EligibilityService.*",
            "AgencyNoticeService.*");

    /** The methods that take the subject's id; every one refuses a caller who asks for someone else's data. */
    private static final Set<String> TAKE_A_SUBJECT = Set.of(
            "NoticeService.notify",
            // 代理人として利用する: refused for a registration that is not a live one of the caller's
            "AuthenticationService.proxyTicket");

    /**
     * What a 代理人 acting for a resident may call (beside what is open to anyone): the services a
     * registration can grant, the way back to their own portal, and もっとつながる's consent screen
     * (whose policy refuses them). Whether the grant covers the call is the access policy's.
     */
    private static final Set<String> OPEN_TO_PROXIES = Set.of(
            "AuthenticationService.renewTicket",
            "AuthenticationService.proxyTicket",
            "AuthenticationService.logout",
            "ConnectService.prompt",
            "ConnectService.approve",
            "ConnectService.decline",
            "ExchangeHistoryService.*",
            "SelfInfoService.*",
            "NoticeService.notices",
            "NoticeService.unread",
            "NoticeService.read",
            "NoticeService.inbox",
            "NoticeService.open",
            "NoticeService.markRead",
            "NoticeService.archive",
            "NoticeService.attachment",
            "NoticeSharingService.*",
            "ProxyService.maxPeriodDays");

    private static final String HANAKOS_READER = Callers.READER + "hanako";

    @Deployment
    static WebArchive portal() {
        return PortalDeployment.sharedH2();
    }

    @Test
    void findsEveryServiceInterface() throws Exception {
        assertThat(serviceInterfaces())
                .contains(
                        AuthenticationService.class,
                        InboxService.class,
                        CounterService.class,
                        jp.mynaportal.application.ApplicationService.class,
                        jp.mynaportal.account.AccountService.class,
                        jp.mynaportal.notice.NoticeService.class,
                        jp.mynaportal.usage.UsageLogService.class,
                        jp.mynaportal.municipality.MunicipalityService.class);
    }

    @Test
    void anAnonymousCallerReachesOnlyTheLoginAndThePublicSearch() throws Exception {
        assertThat(Callers.callerName()).isNull();
        assertThat(refused(EJBAccessException.class)).isEqualTo(everyMethodBut(OPEN_TO_ANYONE));
    }

    @Test
    void aResidentIsRefusedTheCounterAndAnotherResidentsData() throws Exception {
        Callers.logInRegistered("taro", "2345", "たろう");
        assertThat(refused(EJBAccessException.class)).isEqualTo(onlyMethodsOf(STAFF_ONLY, AGENCY_ONLY));
        assertThat(refused(AccessDeniedException.class)).isEqualTo(onlyMethodsOf(TAKE_A_SUBJECT));
    }

    @Test
    void aProxyActingForAResidentReachesOnlyTheServicesARegistrationCanGrant() throws Exception {
        try (ProxyServiceContract.People people = new ProxyServiceContract.People()) {
            ProxyServiceContract.People.Person resident = people.registered("本人");
            ProxyServiceContract.People.Person proxy = people.registered("代理");
            people.logIn(resident);
            ProxyService proxies = CDI.current().select(ProxyService.class).get();
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
            long id = proxies.start(new ProxyGrant(
                    java.util.EnumSet.allOf(ProxyScope.class), Set.of("tax", "health"), today, today.plusDays(7)));
            char[] pin = ProxyServiceContract.People.PIN.toCharArray();
            assertThat(proxies.confirmAsResident(
                                    id, resident.reader(), pin.clone(), ProxyServiceContract.People.TERMINAL)
                            .confirmed())
                    .isTrue();
            assertThat(proxies.confirmAsProxy(id, proxy.reader(), pin.clone(), ProxyServiceContract.People.TERMINAL)
                            .confirmed())
                    .isTrue();
            people.actAs(proxy, id);

            java.util.Set<String> open = new java.util.HashSet<>(OPEN_TO_ANYONE);
            open.addAll(OPEN_TO_PROXIES);
            assertThat(refused(EJBAccessException.class)).isEqualTo(everyMethodBut(open));
            assertThat(refused(AccessDeniedException.class))
                    .contains("ConnectService.prompt", "ConnectService.approve", "AuthenticationService.proxyTicket");
        }
    }

    @Test
    void staffOfAnotherMunicipalityPassTheRolesButNotTheAccessPolicy() throws Exception {
        // 高橋 健 becomes counter staff of 目黒区, a municipality other than 千代田区
        Callers.staffOf(Callers.residentId("高橋 健"), "131105");
        Callers.logInRegistered("ken", "4567", "目黒窓口");
        assertThat(refused(EJBAccessException.class)).isEqualTo(onlyMethodsOf(AGENCY_ONLY));
        assertThat(refused(AccessDeniedException.class)).isEqualTo(onlyMethodsOf(TAKE_A_SUBJECT));
        CounterService counter = CDI.current().select(CounterService.class).get();
        assertThat(CounterService.class.getMethods()).hasSize(3);
        assertOtherMunicipality(() -> counter.identify(HANAKOS_READER));
        // from a terminal where readers are enabled, so that only the access policy can refuse
        assertOtherMunicipality(() -> counter.startAuthPinReset(HANAKOS_READER, "127.0.0.1"));
    }

    private static void assertOtherMunicipality(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .as("a counter call on a 千代田区 resident's card")
                .isInstanceOfSatisfying(
                        CounterException.class,
                        e -> assertThat(e.reason()).isEqualTo(CounterException.Reason.OTHER_MUNICIPALITY));
    }

    /**
     * "Service.method" of every method that ends in this refusal for the current caller, each called
     * with harmless arguments about 山田 花子 (a resident of 千代田区; her id for every text).
     */
    private Set<String> refused(Class<? extends Exception> refusal) throws Exception {
        String hanako = Callers.residentId("山田 花子");
        Set<String> refused = new TreeSet<>();
        for (Class<?> service : serviceInterfaces()) {
            Object bean = CDI.current().select(service).get();
            for (Method method : service.getMethods()) {
                if (refusal.isInstance(outcome(bean, method, hanako))) {
                    refused.add(name(method));
                }
            }
        }
        return refused;
    }

    private Set<String> everyMethodBut(Set<String> allowed) throws Exception {
        Set<String> names = new TreeSet<>();
        for (Class<?> service : serviceInterfaces()) {
            for (Method method : service.getMethods()) {
                if (!matches(allowed, method)) {
                    names.add(name(method));
                }
            }
        }
        return names;
    }

    @SafeVarargs
    private Set<String> onlyMethodsOf(Set<String>... patternSets) throws Exception {
        Set<String> patterns = new java.util.HashSet<>();
        for (Set<String> set : patternSets) {
            patterns.addAll(set);
        }
        Set<String> names = new TreeSet<>();
        for (Class<?> service : serviceInterfaces()) {
            for (Method method : service.getMethods()) {
                if (matches(patterns, method)) {
                    names.add(name(method));
                }
            }
        }
        return names;
    }

    private static boolean matches(Set<String> patterns, Method method) {
        String service = method.getDeclaringClass().getSimpleName();
        return patterns.contains(service + ".*") || patterns.contains(service + "." + method.getName());
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** Calls the method with harmless arguments; the exception it ended with, or null. */
    private static Throwable outcome(Object bean, Method method, String text) {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = types[i] == String.class ? text : argument(types[i]);
        }
        try {
            method.invoke(bean, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object argument(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 0L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char[].class) {
            return new char[0];
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Locale.class) {
            return Locale.JAPANESE;
        }
        return null;
    }

    /** The public interfaces named *Service in the ejb-core jar. */
    private static List<Class<?>> serviceInterfaces() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(AuthenticationService.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> classFiles = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(f -> location.relativize(f).toString().replace('\\', '/'))
                        .forEach(classFiles::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).forEach(classFiles::add);
            }
        }
        List<Class<?>> services = new ArrayList<>();
        for (String file : classFiles) {
            if (file.startsWith("jp/mynaportal/") && file.endsWith("Service.class") && !file.contains("/internal/")) {
                Class<?> type = Class.forName(
                        file.substring(0, file.length() - ".class".length()).replace('/', '.'),
                        false,
                        AuthenticationService.class.getClassLoader());
                if (type.isInterface() && Modifier.isPublic(type.getModifiers())) {
                    services.add(type);
                }
            }
        }
        services.sort(Comparator.comparing(Class::getName));
        return services;
    }
}
