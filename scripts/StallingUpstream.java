import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stalled upstream for scripts/bench-stalled-upstream.sh: accepts connections on a loopback
 * port and never answers, holding each connection open until the process ends.
 *
 * <pre>java scripts/StallingUpstream.java PORT</pre>
 */
public final class StallingUpstream {
  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    List<Socket> held = new ArrayList<>();
    try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      System.out.println("stalling on 127.0.0.1:" + port);
      System.out.flush();
      while (true) {
        Socket socket = server.accept();
        held.add(socket);
        System.out.println(Instant.now() + " held connection " + held.size());
        System.out.flush();
      }
    }
  }
}
