package io.github.pdplane.nr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes the precomputed tables {@link GammaGrids} reads, from the formulas of {@link Aggd#computeTables}
 * and {@link Ggd#computeRatios}; run it after changing a grid or {@code Gamma.gamma} (GammaGridsTest fails
 * until then): {@code java -cp target/classes:target/test-classes io.github.pdplane.nr.GammaGridsWriter}.
 */
public final class GammaGridsWriter
{
	static final Path FOLDER = Paths.get( "src", "main", "resources", "io", "github", "pdplane", "nr", "gamma-grids" );

	private GammaGridsWriter()
	{}

	public static void main( final String[] args ) throws IOException
	{
		Files.createDirectories( FOLDER );
		Files.write( FOLDER.resolve( Aggd.TABLE ), GammaGrids.bytes( Aggd.computeTables() ) );
		for ( final Ggd grid : new Ggd[] { Ggd.MA, Ggd.BRISQUE } )
			Files.write( FOLDER.resolve( grid.tableName() ), GammaGrids.bytes( grid.computeRatios() ) );
		System.out.println( "wrote the tables to " + FOLDER );
	}
}
