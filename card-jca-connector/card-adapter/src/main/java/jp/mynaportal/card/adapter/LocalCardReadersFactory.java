package jp.mynaportal.card.adapter;

/**
 * The connection factory for use without a container (command-line tool, tests): closing it
 * destroys the pooled connections of its local pool and so ends their card sessions.
 */
public final class LocalCardReadersFactory extends CardReadersFactory implements AutoCloseable {

    private static final long serialVersionUID = 1L;

    LocalCardReadersFactory(CardReadersManagedConnectionFactory factory, LocalConnectionManager manager) {
        super(factory, manager);
    }

    @Override
    public void close() {
        ((LocalConnectionManager) manager()).shutdown();
    }
}
