package io.github.pdplane.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of every model store share: a temporary folder (never the user's home), a local HTTP
 * server to download from, the files a store leaves in its model folder, and a download the user cancels.
 */
public abstract class ModelStoreTesting
{
	/** A download cancelled as soon as it starts. */
	protected static final ModelStore.Progress CANCELLING = new ModelStore.Progress()
	{
		@Override
		public void update( final long bytes, final long total )
		{}

		@Override
		public boolean cancelled()
		{
			return true;
		}
	};

	@TempDir
	protected Path dir;

	protected LocalHttpServer server;

	@BeforeEach
	void startServer() throws IOException
	{
		server = new LocalHttpServer();
	}

	@AfterEach
	void stopServer()
	{
		server.close();
	}

	/** The model folder of the tests' stores. */
	protected Path models()
	{
		return dir.resolve( "models" );
	}

	/** The names of the files in the model folder, sorted; none where there is no folder (temporary files show here). */
	protected List< String > folderContents() throws IOException
	{
		if ( !Files.isDirectory( models() ) )
			return Collections.emptyList();
		try (Stream< Path > files = Files.list( models() ))
		{
			return files.map( p -> p.getFileName().toString() ).sorted().collect( Collectors.toList() );
		}
	}
}
