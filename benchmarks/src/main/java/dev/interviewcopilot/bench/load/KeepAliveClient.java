package dev.interviewcopilot.bench.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare HTTP/1.1 client on one keep-alive connection: writes a GET, reads the head, skips Content-Length bytes.
 * For throughput only, where a full client's own cost (the JDK client parses every body on one selector thread)
 * would be measured instead of the server's.
 */
final class KeepAliveClient implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] skip = new byte[64 * 1024];

    KeepAliveClient(int port) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }

    /** Sends a GET and returns the status once the whole body has been read. */
    int get(String pathAndQuery, String authorization) throws IOException {
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                        + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        StringBuilder head = new StringBuilder(256);
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            int n = head.length();
            if (n >= 4
                    && head.charAt(n - 1) == '\n'
                    && head.charAt(n - 2) == '\r'
                    && head.charAt(n - 3) == '\n'
                    && head.charAt(n - 4) == '\r') {
                break;
            }
        }
        if (b < 0) {
            throw new IOException("connection closed");
        }
        String text = head.toString();
        int status = Integer.parseInt(text.substring(9, 12));
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
        if (at < 0) {
            throw new IOException("no Content-Length in " + text);
        }
        long length =
                Long.parseLong(text.substring(at + 15, text.indexOf('\r', at)).strip());
        while (length > 0) {
            int read = in.read(skip, 0, (int) Math.min(skip.length, length));
            if (read < 0) {
                throw new IOException("connection closed mid-body");
            }
            length -= read;
        }
        return status;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
