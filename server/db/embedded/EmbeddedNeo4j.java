import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community with its Bolt connector on loopback for the Node service.
 *
 * Usage: java EmbeddedNeo4j <homeDirectory> <boltPort>, with the password for
 * the "neo4j" user in the NEO4J_LAUNCH_PASSWORD environment variable (never on
 * the command line, where other users of the machine could read it).
 *
 * Prints "READY <port>" on stdout once Bolt accepts connections. Shuts down
 * cleanly on SIGTERM/SIGINT and also when stdin closes, so that the JVM never
 * outlives the Node process that started it, even if that process is killed.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failure) {
            // The database's own threads would keep the JVM alive after a failed start.
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNeo4j <homeDirectory> <boltPort>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = System.getenv("NEO4J_LAUNCH_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_LAUNCH_PASSWORD must hold a password of at least 8 characters");
            System.exit(2);
        }
        long pageCacheMiB = Long.parseLong(envOr("NEO4J_LAUNCH_PAGECACHE_MIB", "512"));

        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();

        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown, "neo4j-shutdown"));

        setPassword(service, password);

        System.out.println("READY " + port);
        System.out.flush();

        waitForStdinToClose(System.in);
        System.exit(0);
    }

    /**
     * The built-in user starts with a password that must be changed; set ours on
     * every start, so that a lost or edited password file is recovered. Neo4j
     * refuses to "change" a password to the one it already has, which is fine.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException error) {
            if (!String.valueOf(error.getMessage()).contains("cannot be the same")) {
                throw error;
            }
        }
    }

    private static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // The parent never writes; we only wait for end-of-file.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: shut down as for end-of-file.
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
