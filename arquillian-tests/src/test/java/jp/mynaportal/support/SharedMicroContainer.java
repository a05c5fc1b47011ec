package jp.mynaportal.support;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro for the container tests, with one Micro per shared deployment instead of one per
 * test class. {@code arquillian-payara-micro-managed} starts a Micro in {@code deploy} (the WAR
 * is given on its command line) and stops it in {@code undeploy}, so every test class pays a
 * whole start (and, on a fresh database, the whole reference-data load). Here a deployment whose
 * archive name starts with {@value #SHARED_PREFIX} stays running after its test class: the next
 * class with the same archive name gets the same Micro and its address. Only one shared Micro
 * runs at a time: a different shared deployment stops the previous one, and the suite's end stops
 * the last one. Any other archive gets a Micro of its own for its class, as before.
 */
public final class SharedMicroContainer implements DeployableContainer<PayaraMicroContainerConfiguration> {

    /** The archive-name prefix of deployments that test classes share. */
    public static final String SHARED_PREFIX = "shared-";

    private static final Logger LOG = Logger.getLogger(SharedMicroContainer.class.getName());

    private final Map<String, Running> shared = new LinkedHashMap<>();
    private final Map<String, PayaraMicroDeployableContainer> ownMicros = new LinkedHashMap<>();
    private PayaraMicroContainerConfiguration configuration;

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
        stopShared();
        PayaraMicroDeployableContainer micro = newMicro();
        ProtocolMetaData metaData = micro.deploy(archive);
        if (metaData == null) {
            throw new DeploymentException("Payara Micro did not start with " + name);
        }
        shared.put(name, new Running(micro, archive, metaData));
        return metaData;
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
