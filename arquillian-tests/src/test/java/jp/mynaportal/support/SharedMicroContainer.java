package jp.mynaportal.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Payara Micro for the container tests, with one Micro per shared deployment instead of one per
 * test class. {@code arquillian-payara-micro-managed} starts a Micro in {@code deploy} (the WAR
 * is given on its command line) and stops it in {@code undeploy}, so every test class pays a
 * whole start (and, on a fresh database, the whole reference-data load). Here a deployment whose
 * archive name starts with {@value #SHARED_PREFIX} stays running after its test class: the next
 * class with the same archive name gets the same Micro and its address. Only one shared Micro
 * serves tests at a time: a different shared deployment stops the previous one, and the suite's
 * end stops the last one. Any other archive gets a Micro of its own for its class, as before.
 *
 * <p>The shared PostgreSQL Micro starts early: once the shared H2 Micro is up, and if the run has
 * {@code ...PostgresIT} classes ({@link SharedDeploymentOrder} runs them after every H2 class), it
 * starts in the background beside the H2 classes, so the first PostgreSQL class finds it ready
 * instead of waiting for a whole start (the reference-data load into a fresh database included).
 */
public final class SharedMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    /** The archive-name prefix of deployments that test classes share. */
    public static final String SHARED_PREFIX = "shared-";

    private static final Logger LOG = Logger.getLogger(SharedMicroContainer.class.getName());

    /** A deployment's MicroProfile Config ({@link PortalDeployment}): what the shared ones differ in. */
    private static final String CONFIGURATION = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private final Map<String, Running> shared = new LinkedHashMap<>();
    private final Map<String, PayaraMicroDeployableContainer> ownMicros = new LinkedHashMap<>();
    private PayaraMicroContainerConfiguration configuration;
    private String earlyName;
    private CompletableFuture<Running> early;

    private record Running(PayaraMicroDeployableContainer micro, Archive<?> archive, ProtocolMetaData metaData) {}

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return PayaraMicroContainerConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new PayaraMicroDeployableContainer().getDefaultProtocol();
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = archive.getName();
        if (!name.startsWith(SHARED_PREFIX)) {
            PayaraMicroDeployableContainer micro = newMicro();
            ownMicros.put(name, micro);
            return micro.deploy(archive);
        }
        Running running = shared.get(name);
        if (running != null) {
            LOG.info(() -> "Reusing the running Payara Micro of " + name);
            return running.metaData();
        }
        Running started = name.equals(earlyName) ? takeEarly(archive) : null;
        stopShared();
        if (started == null) {
            started = startShared(archive);
        }
        shared.put(name, started);
        if (early == null
                && !name.equals(PortalDeployment.SHARED_POSTGRES)
                && SharedDeploymentOrder.postgresClassesInRun()) {
            startEarly(packagedLike(archive, PortalDeployment.sharedPostgres()));
        }
        return started.metaData();
    }

    private Running startShared(Archive<?> archive) throws DeploymentException {
        PayaraMicroDeployableContainer micro = newMicro();
        ProtocolMetaData metaData = micro.deploy(archive);
        if (metaData == null) {
            throw new DeploymentException("Payara Micro did not start with " + archive.getName());
        }
        return new Running(micro, archive, metaData);
    }

    /** Starts the Micro of a shared deployment in the background, for the class that will ask for it. */
    private void startEarly(Archive<?> archive) {
        earlyName = archive.getName();
        LOG.info(() -> "Starting the Payara Micro of " + earlyName + " ahead of its classes");
        early = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        Running running = startShared(archive);
                        LOG.info(() -> "The Payara Micro of " + archive.getName() + " is ready ahead of its classes");
                        return running;
                    } catch (DeploymentException e) {
                        throw new CompletionException(e);
                    }
                },
                // a thread of its own: the start waits minutes on the Micro's process
                task -> {
                    Thread starter = new Thread(task, "early start of " + archive.getName());
                    starter.setDaemon(true);
                    starter.start();
                });
    }

    /**
     * A shared deployment as Arquillian packages it for its first class, made before that class
     * comes: a copy of another shared deployment that Arquillian packaged (the same WAR, test classes
     * and test protocol; the shared deployments differ only in their configuration) with the
     * configuration of {@code unpackaged}.
     */
    private static Archive<?> packagedLike(Archive<?> packaged, Archive<?> unpackaged) {
        Archive<?> copy =
                ShrinkWrap.create(WebArchive.class, unpackaged.getName()).merge(packaged);
        copy.delete(CONFIGURATION);
        copy.add(unpackaged.get(CONFIGURATION).getAsset(), CONFIGURATION);
        return copy;
    }

    /**
     * The Micro started early for {@code archive}, once it is up, if it holds what Arquillian
     * packaged now; otherwise it is stopped and null returned. Its start's failure is this
     * deployment's.
     */
    private Running takeEarly(Archive<?> archive) throws DeploymentException {
        Running running = takeEarly();
        if (running.archive().getContent().keySet().equals(archive.getContent().keySet())) {
            return running;
        }
        LOG.warning(() -> "The Payara Micro started early holds other files than " + archive.getName()
                + " as packaged now; starting it again");
        running.micro().undeploy(running.archive());
        return null;
    }

    /** The Micro started early, once it is up; its start's failure is this deployment's. */
    private Running takeEarly() throws DeploymentException {
        CompletableFuture<Running> starting = early;
        earlyName = null;
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DeploymentException failed) {
                throw failed;
            }
            throw new DeploymentException("Payara Micro did not start early", e.getCause());
        }
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        PayaraMicroDeployableContainer micro = ownMicros.remove(archive.getName());
        if (micro != null) {
            micro.undeploy(archive);
        }
    }

    /** The end of the suite: stops the shared Micro still running. */
    @Override
    public void stop() throws LifecycleException {
        if (earlyName != null) {
            // started for classes that never came (the run ended early): stop it all the same
            try {
                Running unused = takeEarly();
                unused.micro().undeploy(unused.archive());
            } catch (DeploymentException e) {
                LOG.log(Level.WARNING, "The Payara Micro started early did not start or stop", e);
            }
        }
        try {
            stopShared();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the shared Payara Micro", e);
        }
    }

    private PayaraMicroDeployableContainer newMicro() {
        PayaraMicroDeployableContainer micro = new PayaraMicroDeployableContainer();
        micro.setup(configuration);
        return micro;
    }

    /** Stops the shared Micro (the plain container stops its Micro in {@code undeploy}). */
    private void stopShared() throws DeploymentException {
        for (Running running : shared.values()) {
            running.micro().undeploy(running.archive());
        }
        shared.clear();
    }
}
