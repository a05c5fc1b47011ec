package jp.mynaportal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Views call services, services own transactions, only persistence touches the EntityManager,
 * one portal function has one package name in every module, no function reaches into another's
 * {@code internal} package, functions depend on each other without cycles, and views see records,
 * never entities.
 */
class ArchitectureTest {

    /**
     * The portal functions of DESIGN.md, the shared capabilities (the application core), plus the top
     * page, the card stack and shared plumbing.
     */
    static final Set<String> TOP_LEVEL_PACKAGES = Set.of(
            "application",
            "pki",
            "demo",
            "pittari",
            "selfinfo",
            "exchange",
            "notice",
            "usage",
            "account",
            "linkage",
            "connect",
            "proxy",
            "insurance",
            "municipality",
            "auth",
            "counter",
            "home",
            "card",
            "platform",
            "access",
            "mail",
            "agency");

    private static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mynaportal");
    }

    @Test
    void importsTheClassesOfEveryModule() {
        classes()
                .that()
                .resideInAPackage("jp.mynaportal.municipality.web")
                .should()
                .resideInAPackage("..web..")
                .because("the rules below must see the views")
                .check(portal);
        classes()
                .that()
                .resideInAPackage("jp.mynaportal.municipality.repository")
                .should()
                .resideInAPackage("..repository..")
                .because("the rules below must see the repositories")
                .check(portal);
    }

    @Test
    void viewsNeverTouchTheEntityManager() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(portal);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..repository..")
                .check(portal);
    }

    @Test
    void viewsCallServiceInterfacesNotTheirImplementations() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..internal..")
                .check(portal);
    }

    @Test
    void onlyRepositoriesTouchTheEntityManager() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..repository..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(portal);
    }

    @Test
    void servicesNeverDependOnViews() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .check(portal);
    }

    @Test
    void noFunctionUsesTheInternalsOfAnother() {
        classes().should(useNoOtherFunctionsInternals()).check(portal);
    }

    @Test
    void functionsDependOnEachOtherWithoutCycles() {
        slices().matching("jp.mynaportal.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(portal);
    }

    @Test
    void viewsNeverWriteTheUsageLogSendNoticesOrMakeLinkCodes() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.mynaportal.usage.UsageRecorder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.mynaportal.notice.NoticeSender")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.mynaportal.notice.SiteNoticeWriter")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.mynaportal.auth.CertificateHolders")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.mynaportal.auth.StaffMemberships")
                .orShould()
                .callMethodWhere(named("notify").and(ownerIs("jp.mynaportal.notice.NoticeService")))
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.mynaportal.agency.AgencyLinks")
                .because("services record what happened, with the actor from the container and the subject from"
                        + " their data; a page could otherwise name any resident")
                .check(portal);
    }

    @Test
    void onlyTheAuthenticationMechanismReportsAnExpiredSession() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("jp.mynaportal.auth.web.PortalAuthenticationMechanism")
                .should()
                .callMethodWhere(named("sessionExpired").and(ownerIs("jp.mynaportal.auth.AuthenticationService")))
                .because("it names the resident of the session that ended, before the container knows a caller")
                .check(portal);
    }

    private static DescribedPredicate<JavaCall<?>> named(String name) {
        return DescribedPredicate.describe(
                "named " + name, call -> call.getName().equals(name));
    }

    private static DescribedPredicate<JavaCall<?>> ownerIs(String type) {
        return DescribedPredicate.describe(
                "of " + type, call -> call.getTargetOwner().getFullName().equals(type));
    }

    @Test
    void viewsGetRecordsNotEntities() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .because("the services hand views records, so no view can change or lazily load an entity")
                .check(portal);
    }

    void everyPublicMethodOfAnEjbSaysWhoMayCallIt() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ejb.Stateless.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ejb.Singleton.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(jakarta.ejb.Stateful.class)
                .should(haveASecurityAnnotation())
                .allowEmptyShould(false)
                .check(portal);
    }

    private static final Set<Class<? extends java.lang.annotation.Annotation>> SECURITY_ANNOTATIONS = Set.of(
            jakarta.annotation.security.RolesAllowed.class,
            jakarta.annotation.security.PermitAll.class,
            jakarta.annotation.security.DenyAll.class);

    /** {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} on a public method or on its class. */
    private static ArchCondition<JavaMethod> haveASecurityAnnotation() {
        return new ArchCondition<>("be annotated (or their class be) with @RolesAllowed, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                        || method.getModifiers().contains(JavaModifier.STATIC)
                        || method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return;
                }
                boolean annotated = SECURITY_ANNOTATIONS.stream()
                        .anyMatch(a ->
                                method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                events.add(new SimpleConditionEvent(
                        method, annotated, method.getFullName() + " has no security annotation"));
            }
        };
    }

    @Test
    void everyClassLivesUnderItsPortalFunctionPackage() {
        classes().should(liveUnderAKnownTopLevelPackage()).check(portal);
    }

    /** The function (top-level package under jp.mynaportal) of a package name, or null. */
    private static String function(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 3 && parts[0].equals("jp") && parts[1].equals("mynaportal") ? parts[2] : null;
    }

    private static boolean isInternal(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length >= 4 && function(packageName) != null && parts[3].equals("internal");
    }

    private static ArchCondition<JavaClass> useNoOtherFunctionsInternals() {
        return new ArchCondition<>("use no other function's internal package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = function(type.getPackageName());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (isInternal(target) && !function(target).equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> liveUnderAKnownTopLevelPackage() {
        return new ArchCondition<>("live in jp.mynaportal.<function> with function one of " + TOP_LEVEL_PACKAGES) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String[] parts = type.getPackageName().split("\\.");
                boolean ok = parts.length >= 3 && TOP_LEVEL_PACKAGES.contains(parts[2]);
                events.add(
                        new SimpleConditionEvent(type, ok, type.getName() + " is in package " + type.getPackageName()));
            }
        };
    }
}
