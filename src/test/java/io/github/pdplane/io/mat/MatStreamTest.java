package io.github.pdplane.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;

/** The streaming reader against {@link MatFile} on the same bytes, and the writer's structs, cells and integers. */
class MatStreamTest
{
	/** What a stream reported: headers and decoded leaves by path, in order. */
	private static final class Recorder implements MatStream.Listener
	{
		final Map< String, String > headers = new LinkedHashMap<>();

		final Map< String, MatArray > leaves = new LinkedHashMap<>();

		private final Predicate< String > wanted;

		Recorder( final Predicate< String > wanted )
		{
			this.wanted = wanted;
		}

		@Override
		public boolean header( final String path, final MatStream.Header header )
		{
			headers.put( path, header.describe() + ( header.fieldNames().isEmpty() ? "" : " " + header.fieldNames() ) );
			return wanted.test( path );
		}

		@Override
		public void leaf( final String path, final MatArray array )
		{
			leaves.put( path, array );
		}
	}

	private static Recorder stream( final byte[] bytes, final String source, final Predicate< String > wanted ) throws IOException
	{
		final Recorder r = new Recorder( wanted );
		MatStream.read( new ByteArrayInputStream( bytes ), source, r );
		return r;
	}

	/** A forest-like struct: a 1x2 cell of structs of int32, double and char arrays, and a plain matrix. */
	private static MatWriter forestFile()
	{
		final List< MatWriter.Value > trees = new ArrayList<>();
		for ( int t = 0; t < 2; t++ )
		{
			final Map< String, MatWriter.Value > f = new LinkedHashMap<>();
			f.put( "lDau", MatWriter.int32s( 3, 2, new int[] { 2, 0, 0, 2 + t, 0, 0 } ) );
			f.put( "upper", MatWriter.doubles( 3, 2, new double[] { 0.5, 0, 0, -t, 0, 1e300 } ) );
			f.put( "nodestatus", MatWriter.chars( 3, 2, new char[] { 0xfdff, 0xffff, 0, 0xfd, 0xffff, 0 } ) );
			f.put( "ntree", MatWriter.doubles( 1, 1, new double[] { 2 } ) );
			f.put( "empty", MatWriter.doubles( 0, 0, new double[ 0 ] ) );
			trees.add( MatWriter.struct( f ) );
		}
		final Map< String, MatWriter.Value > model = new LinkedHashMap<>();
		model.put( "rf", MatWriter.cell( 1, 2, trees.toArray( new MatWriter.Value[ 0 ] ) ) );
		model.put( "linear", MatWriter.doubles( 4, 1, new double[] { 1, 2, 3, 4 } ) );
		model.put( "note", MatWriter.text( "synthetic" ) );
		return new MatWriter( "test" ).add( "model", MatWriter.struct( model ) ).addScalar( "after", 7 );
	}

	@Test
	void writerStructsCellsAndIntegersReadBackWithBothReaders() throws IOException
	{
		for ( final boolean compressed : new boolean[] { false, true } )
			for ( final ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN } )
			{
				final MatWriter w = compressed ? forestFile().compressed() : forestFile();
				final byte[] bytes = w.toBytes( order );
				final MatFile f = MatFile.parse( bytes, "forest.mat" );
				final MatStruct model = f.get( "model" ).asStruct( "model" );
				final MatArray tree = model.get( "rf" ).asCell( "rf" ).get( 1 );
				final MatNumeric lDau = tree.asStruct( "t" ).get( "lDau" ).asNumeric( "lDau" );
				assertEquals( "3x2 int32", lDau.describe() );
				assertEquals( 3, lDau.get( 0, 1 ), 0 );
				assertEquals( 1e300, tree.asStruct( "t" ).get( "upper" ).asNumeric( "u" ).get( 2, 1 ), 0 );
				assertEquals( 0xfdff, tree.asStruct( "t" ).get( "nodestatus" ).asChar( "n" ).row( 0 ).charAt( 0 ) );
				assertEquals( "synthetic", model.get( "note" ).asChar( "note" ).text() );
				assertEquals( 7, f.numeric( "after" ).get( 0 ), 0 );

				final Recorder r = stream( bytes, "forest.mat", p -> true );
				assertEquals( Arrays.asList( "model", "model.rf", "model.rf{1}", "model.rf{1}.lDau", "model.rf{1}.upper", "model.rf{1}.nodestatus",
						"model.rf{1}.ntree", "model.rf{1}.empty", "model.rf{2}", "model.rf{2}.lDau", "model.rf{2}.upper", "model.rf{2}.nodestatus",
						"model.rf{2}.ntree", "model.rf{2}.empty", "model.linear", "model.note", "after" ), new ArrayList<>( r.headers.keySet() ) );
				assertEquals( "1x1 struct [rf, linear, note]", r.headers.get( "model" ) );
				assertEquals( "1x2 cell", r.headers.get( "model.rf" ) );
				assertEquals( "0x0 double", r.headers.get( "model.rf{2}.empty" ) );
				assertArrayEquals( lDau.values(), r.leaves.get( "model.rf{2}.lDau" ).asNumeric( "l" ).values(), 0 );
				assertEquals( MatClass.INT32, r.leaves.get( "model.rf{2}.lDau" ).matClass() );
				assertEquals( "synthetic", r.leaves.get( "model.note" ).asChar( "n" ).text() );
				assertEquals( 7, r.leaves.get( "after" ).asNumeric( "a" ).get( 0 ), 0 );
			}
	}

	/** A 2x3x4x5 single with distinct, not exactly decimal values, and what the writer keeps of other shapes. */
	@Test
	void writerSinglesOfAnyDimensionReadBackWithBothReaders() throws IOException
	{
		final float[] values = new float[ 120 ];
		for ( int i = 0; i < values.length; i++ )
			values[ i ] = i / 7f - 3;
		final MatWriter w = new MatWriter( "singles" ).add( "W", MatWriter.singles( new int[] { 2, 3, 4, 5 }, values ) )
				.add( "trailing", MatWriter.singles( new int[] { 2, 3, 1, 1 }, Arrays.copyOf( values, 6 ) ) )
				.add( "inner", MatWriter.singles( new int[] { 1, 1, 3 }, Arrays.copyOf( values, 3 ) ) )
				.add( "d", MatWriter.doubles( new int[] { 2, 1, 2 }, new double[] { Math.PI, 1e-300, -0.0, 5 } ) );
		for ( final boolean compressed : new boolean[] { false, true } )
			for ( final ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN } )
			{
				final byte[] bytes = ( compressed ? w.compressed() : w ).toBytes( order );
				final MatFile f = MatFile.parse( bytes, "singles.mat" );
				final MatNumeric whole = f.numeric( "W" );
				assertEquals( "2x3x4x5 single", whole.describe() );
				for ( int i = 0; i < values.length; i++ )
					assertEquals( ( double ) values[ i ], whole.get( i ), 0, "element " + i );
				assertEquals( "2x3 single", f.numeric( "trailing" ).describe() );
				assertEquals( "1x1x3 single", f.numeric( "inner" ).describe() );
				assertEquals( "2x1x2 double", f.numeric( "d" ).describe() );
				assertArrayEquals( new double[] { Math.PI, 1e-300, -0.0, 5 }, f.numeric( "d" ).values(), 0 );
				final Recorder r = stream( bytes, "singles.mat", path -> path.equals( "W" ) );
				assertEquals( "2x3x4x5 single", r.headers.get( "W" ) );
				assertArrayEquals( whole.values(), r.leaves.get( "W" ).asNumeric( "W" ).values(), 0 );
			}
		// MATLAB's storage: miSINGLE data of 4 bytes a value (tag 7, 480 bytes) in class mxSINGLE (7)
		final ByteBuffer plain = ByteBuffer.wrap( w.toBytes( ByteOrder.LITTLE_ENDIAN ) ).order( ByteOrder.LITTLE_ENDIAN );
		assertEquals( MatClass.SINGLE.code(), plain.getInt( 128 + 16 ) & 0xff );
		boolean found = false;
		for ( int at = 128; at + 8 <= plain.limit() && !found; at += 8 )
			found = plain.getInt( at ) == MatFile.MI_SINGLE && plain.getInt( at + 4 ) == 4 * values.length;
		assertTrue( found, "a miSINGLE element of 480 bytes" );
		assertThrows( IllegalArgumentException.class, () -> MatWriter.singles( new int[] { 2, 3 }, new float[ 5 ] ) );
		assertThrows( IllegalArgumentException.class, () -> MatWriter.singles( new int[] { 6 }, new float[ 6 ] ) );
		assertThrows( IllegalArgumentException.class, () -> MatWriter.doubles( new int[] { -1, -1 }, new double[ 1 ] ) );
	}

	@Test
	void unwantedArraysAreSkippedWithoutDecoding() throws IOException
	{
		final byte[] bytes = forestFile().compressed().toBytes( ByteOrder.LITTLE_ENDIAN );
		final Recorder r = stream( bytes, "forest.mat", p -> p.endsWith( ".upper" ) || p.equals( "after" ) );
		assertEquals( Arrays.asList( "model.rf{1}.upper", "model.rf{2}.upper", "after" ), new ArrayList<>( r.leaves.keySet() ) );
		assertEquals( 17, r.headers.size() );
	}

	@Test
	void agreesWithMatFileOnTheLiveNiqeModel() throws IOException
	{
		final byte[] live = MatFileTest.liveModelBytes();
		final MatFile f = MatFile.parse( live, "modelparameters.mat" );
		final Recorder r = stream( live, "modelparameters.mat", p -> true );
		assertEquals( new ArrayList<>( f.variables().keySet() ), new ArrayList<>( r.leaves.keySet() ) );
		for ( final String name : f.variables().keySet() )
			assertArrayEquals( f.numeric( name ).values(), r.leaves.get( name ).asNumeric( name ).values(), 0 );
	}

	@Test
	void structArraysAndHandBuiltFilesInBothOrders() throws IOException
	{
		for ( final ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN } )
		{
			final MatBytes m = new MatBytes( order );
			final byte[][] names = m.fieldNames( "v" );
			final byte[] file = m.file( m.matrix( MatBytes.STRUCT, 0, new int[] { 1, 2 }, "st", names[ 0 ], names[ 1 ],
					m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 1 ) ),
					m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 2 ) ) ) );
			final Recorder r = stream( file, "st.mat", p -> true );
			assertEquals( Arrays.asList( "st", "st(1).v", "st(2).v" ), new ArrayList<>( r.headers.keySet() ) );
			assertEquals( 2, r.leaves.get( "st(2).v" ).asNumeric( "v" ).get( 0 ), 0 );
		}
	}

	@Test
	void everyTruncationIsAClearError() throws IOException
	{
		final byte[] whole = forestFile().compressed().toBytes( ByteOrder.LITTLE_ENDIAN );
		final byte[] plain = forestFile().toBytes( ByteOrder.BIG_ENDIAN );
		for ( final byte[] bytes : new byte[][] { whole, plain } )
			for ( int n = 0; n < bytes.length; n += 3 )
			{
				final byte[] cut = Arrays.copyOf( bytes, n );
				try
				{
					final Recorder r = stream( cut, "cut.mat", p -> true );
					// a cut between variables leaves a valid shorter file
					assertFalse( r.leaves.containsKey( "after" ) && r.leaves.containsKey( "model.note" ) && n < bytes.length - 8, "prefix " + n );
				}
				catch ( final PdPlaneException e )
				{
					assertTrue( e.getMessage().startsWith( "'cut.mat' " ), e.getMessage() );
				}
			}
	}

	@Test
	void damagedCompressedDataIsAClearError() throws IOException
	{
		final byte[] whole = forestFile().compressed().toBytes( ByteOrder.LITTLE_ENDIAN );
		for ( int at = 140; at < whole.length; at += 37 )
		{
			final byte[] bad = whole.clone();
			bad[ at ] ^= 0x5a;
			try
			{
				stream( bad, "bad.mat", p -> true );
			}
			catch ( final PdPlaneException e )
			{
				assertTrue( e.getMessage().startsWith( "'bad.mat' is " ), e.getMessage() );
			}
		}
	}

	@Test
	void filesAreNamedInMessages( @TempDir final Path dir ) throws IOException
	{
		final Path missing = dir.resolve( "none.mat" );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatStream.read( missing, new Recorder( p -> true ) ) ).getMessage()
				.endsWith( "none.mat' does not exist." ) );
		final Path text = dir.resolve( "notes.mat" );
		Files.write( text, new byte[ 300 ] );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatStream.read( text, new Recorder( p -> true ) ) ).getMessage()
				.contains( "is not a MATLAB MAT-file of level 5" ) );
		final Path ok = dir.resolve( "ok.mat" );
		forestFile().compressed().write( ok );
		final Recorder r = new Recorder( p -> true );
		MatStream.read( ok, r );
		assertEquals( 7, r.leaves.get( "after" ).asNumeric( "a" ).get( 0 ), 0 );
	}
}
