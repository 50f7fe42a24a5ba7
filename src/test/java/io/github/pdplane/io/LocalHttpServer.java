package io.github.pdplane.io;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on the loopback address for the download tests of the model stores: each path answers
 * with a status and a body, with a body cut short of the length it announced (a dropped connection), or
 * with a body that pauses part way for something to happen meanwhile (a person pressing Escape); other
 * paths answer 404. Counts the requests. Stops when closed.
 */
public final class LocalHttpServer implements AutoCloseable
{
	/**
	 * What a path answers: the status, the body, and how many of its bytes are sent before the pause, or
	 * at all where there is nothing to run in the pause.
	 */
	private static final class Page
	{
		final int status;

		final byte[] body;

		final int sent;

		/** Run after the first {@link #sent} bytes, before the rest is sent; {@code null} to cut the body short there. */
		final Runnable pause;

		Page( final int status, final byte[] body, final int sent, final Runnable pause )
		{
			this.status = status;
			this.body = body;
			this.sent = sent;
			this.pause = pause;
		}
	}

	private final HttpServer server;

	private final Map< String, Page > pages = new ConcurrentHashMap<>();

	private final AtomicInteger requests = new AtomicInteger();

	public LocalHttpServer() throws IOException
	{
		server = HttpServer.create( new InetSocketAddress( "127.0.0.1", 0 ), 0 );
		server.createContext( "/", this::answer );
		server.start();
	}

	private void answer( final HttpExchange exchange ) throws IOException
	{
		requests.incrementAndGet();
		final Page page = pages.getOrDefault( exchange.getRequestURI().getPath(), new Page( 404, new byte[ 0 ], 0, null ) );
		exchange.sendResponseHeaders( page.status, page.body.length == 0 ? -1 : page.body.length );
		final OutputStream out = exchange.getResponseBody();
		out.write( page.body, 0, page.sent );
		out.flush();
		if ( page.pause != null )
		{
			page.pause.run();
			out.write( page.body, page.sent, page.body.length - page.sent );
		}
		// a failing handler makes the server drop the connection: the client sees the body end early
		else if ( page.sent < page.body.length )
			throw new IOException( "the body is cut short on purpose" );
		out.close();
	}

	/** {@code path} answers {@code status} with {@code body}. */
	public LocalHttpServer page( final String path, final int status, final byte[] body )
	{
		pages.put( path, new Page( status, body.clone(), body.length, null ) );
		return this;
	}

	/** {@code path} announces {@code body}'s length but sends only its first {@code sent} bytes. */
	public LocalHttpServer truncated( final String path, final byte[] body, final int sent )
	{
		pages.put( path, new Page( 200, body.clone(), sent, null ) );
		return this;
	}

	/** {@code path} sends the first {@code sent} bytes of {@code body}, runs {@code pause}, then sends the rest. */
	public LocalHttpServer pausing( final String path, final byte[] body, final int sent, final Runnable pause )
	{
		pages.put( path, new Page( 200, body.clone(), sent, pause ) );
		return this;
	}

	/** The requests answered so far, of any path. */
	public int requests()
	{
		return requests.get();
	}

	public URL url( final String path ) throws IOException
	{
		return new URL( "http://127.0.0.1:" + server.getAddress().getPort() + path );
	}

	@Override
	public void close()
	{
		server.stop( 0 );
	}
}
