package io.github.pdplane.io;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on the loopback address for the download tests of the model stores: each path answers
 * with a status and a body, or with a body cut short of the length it announced (a dropped connection);
 * other paths answer 404. Stops when closed.
 */
public final class LocalHttpServer implements AutoCloseable
{
	/** What a path answers: the status, the body, and how many of its bytes are sent. */
	private static final class Page
	{
		final int status;

		final byte[] body;

		final int sent;

		Page( final int status, final byte[] body, final int sent )
		{
			this.status = status;
			this.body = body;
			this.sent = sent;
		}
	}

	private final HttpServer server;

	private final Map< String, Page > pages = new ConcurrentHashMap<>();

	public LocalHttpServer() throws IOException
	{
		server = HttpServer.create( new InetSocketAddress( "127.0.0.1", 0 ), 0 );
		server.createContext( "/", this::answer );
		server.start();
	}

	private void answer( final HttpExchange exchange ) throws IOException
	{
		final Page page = pages.getOrDefault( exchange.getRequestURI().getPath(), new Page( 404, new byte[ 0 ], 0 ) );
		exchange.sendResponseHeaders( page.status, page.body.length == 0 ? -1 : page.body.length );
		final OutputStream out = exchange.getResponseBody();
		out.write( page.body, 0, page.sent );
		out.flush();
		// a failing handler makes the server drop the connection: the client sees the body end early
		if ( page.sent < page.body.length )
			throw new IOException( "the body is cut short on purpose" );
		out.close();
	}

	/** {@code path} answers {@code status} with {@code body}. */
	public LocalHttpServer page( final String path, final int status, final byte[] body )
	{
		pages.put( path, new Page( status, body.clone(), body.length ) );
		return this;
	}

	/** {@code path} announces {@code body}'s length but sends only its first {@code sent} bytes. */
	public LocalHttpServer truncated( final String path, final byte[] body, final int sent )
	{
		pages.put( path, new Page( 200, body.clone(), sent ) );
		return this;
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
