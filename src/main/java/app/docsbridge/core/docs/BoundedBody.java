package app.docsbridge.core.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream whose every wait is bounded: a read that sees no byte for {@code idle}, or any
 * read after the overall {@code deadline}, fails with {@link DocsUnavailableException} and aborts the exchange. The
 * JDK's own {@code ofInputStream} body blocks forever on a server that sends headers and then stalls.
 * One buffer list is requested at a time, so a slow reader holds at most one chunk in memory.
 */
final class BoundedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();

    private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final Duration idle;
    private final long deadlineNanos;
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
    private ByteBuffer current;
    private boolean ended;
    private boolean closed;
    private IOException failure;

    BoundedBody(Duration idle, Duration deadline) {
        this.idle = idle;
        this.deadlineNanos = System.nanoTime() + deadline.toNanos();
    }

    // ---- subscriber side (HttpClient threads)

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrivals.add(item);
    }

    @Override
    public void onError(Throwable error) {
        arrivals.add(error);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    // ---- reader side

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (failure != null) {
            throw failure; // a failed download never looks like a complete one
        }
        if (length == 0) {
            return 0;
        }
        while (current == null || !current.hasRemaining()) {
            if (buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            if (ended) {
                return -1;
            }
            try {
                awaitNext();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(into, offset, n);
        return n;
    }

    @SuppressWarnings("unchecked")
    private void awaitNext() throws IOException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            abort();
            throw new DocsStalledException("the download from the Docs server took longer than its deadline");
        }
        Object next;
        try {
            next = arrivals.poll(Math.min(left, idle.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new DocsUnavailableException("interrupted while downloading from the Docs server", e);
        }
        if (next == null) {
            abort();
            boolean deadline = deadlineNanos - System.nanoTime() <= 0;
            throw new DocsStalledException(deadline
                    ? "the download from the Docs server took longer than its deadline"
                    : "the Docs server stopped sending the file for " + idle.toSeconds() + " s");
        }
        if (next == END) {
            ended = true;
        } else if (next instanceof Throwable error) {
            ended = true;
            throw new DocsUnavailableException("the download from the Docs server broke off: " + error.getMessage(),
                    error);
        } else {
            buffers = ((List<ByteBuffer>) next).iterator();
            subscription.request(1);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (!ended) {
                abort();
            }
        }
    }

    /** Cancelling the subscription makes the client drop the connection. */
    private void abort() {
        ended = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
