package io.github.pdplane.io.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.InputStreams;

class MatFileTest
{
	private static final ByteOrder[] ORDERS = { ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN };

	static byte[] liveModelBytes() throws IOException
	{
		try (InputStream in = MatFileTest.class.getResourceAsStream( "/io/github/pdplane/nr/niqe/modelparameters.mat" ))
		{
			return InputStreams.readUpTo( in, Integer.MAX_VALUE );
		}
	}

	@Test
	void readsTheCompressedLiveNiqeModel() throws IOException
	{
		final MatFile f = MatFile.parse( liveModelBytes(), "modelparameters.mat" );
		assertEquals( Arrays.asList( "mu_prisparam", "cov_prisparam" ), new java.util.ArrayList<>( f.variables().keySet() ) );
		final MatNumeric mu = f.numeric( "mu_prisparam" ), cov = f.numeric( "cov_prisparam" );
		assertEquals( "1x36 double", mu.describe() );
		assertEquals( "36x36 double", cov.describe() );
		// values as SciPy's loadmat reads them from the same file
		assertEquals( 2.6013136801541448, mu.get( 0 ), 0 );
		assertEquals( 0.18677777557293712, mu.get( 35 ), 0 );
		assertEquals( 0.45347810202943506, cov.get( 0, 0 ), 0 );
		assertEquals( 0.005422492589150472, cov.get( 35, 35 ), 0 );
		assertEquals( 0.0013085313178218853, cov.get( 3, 17 ), 0 );
		double trace = 0;
		for ( int i = 0; i < 36; i++ )
			trace += cov.get( i, i );
		assertEquals( 1.6309188316421013, trace, 1e-15 );
	}

	@Test
	void writerOutputReadsBackInBothByteOrders()
	{
		final MatWriter w = new MatWriter( "test" ).add( "mu", 1, 3, new double[] { 1.5, -2, Math.PI } )
				.add( "a_longer_name", 2, 2, new double[] { 1, 2, 3, 4 } ).addScalar( "b", 96 ).add( "empty", 0, 0, new double[ 0 ] );
		for ( final ByteOrder order : ORDERS )
		{
			final MatFile f = MatFile.parse( w.toBytes( order ), "x.mat" );
			assertArrayEquals( new double[] { 1.5, -2, Math.PI }, f.numeric( "mu" ).values(), 0 );
			final MatNumeric m = f.numeric( "a_longer_name" );
			assertEquals( 3, m.get( 0, 1 ), 0 ); // column-major: A(1,2) is the third value
			assertEquals( 96, f.numeric( "b" ).get( 0 ), 0 );
			assertEquals( 0, f.numeric( "empty" ).numel() );
		}
	}

	@Test
	void writerHeaderIsMatlabsAndHasNoDate()
	{
		final byte[] bytes = new MatWriter( "NIQE model" ).addScalar( "x", 1 ).toBytes( ByteOrder.LITTLE_ENDIAN );
		final String text = new String( bytes, 0, 116, StandardCharsets.US_ASCII );
		assertTrue( text.startsWith( "MATLAB 5.0 MAT-file, NIQE model" ), text );
		assertEquals( 'I', bytes[ 126 ] );
		assertEquals( 'M', bytes[ 127 ] );
		assertArrayEquals( bytes, new MatWriter( "NIQE model" ).addScalar( "x", 1 ).toBytes( ByteOrder.LITTLE_ENDIAN ) );
	}

	@Test
	void doublesStoredAsSmallerTypesAndOtherClasses()
	{
		for ( final ByteOrder order : ORDERS )
			doublesStoredAsSmallerTypesAndOtherClasses( order );
	}

	private static void doublesStoredAsSmallerTypesAndOtherClasses( final ByteOrder order )
	{
		final MatBytes m = new MatBytes( order );
		final byte[] file = m.file(
				// MATLAB stores integer-valued doubles in the smallest type that holds them
				m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 3 }, "u8", m.uint8s( 0, 200, 255 ) ),
				m.matrix( MatBytes.DOUBLE, 0, new int[] { 2, 1 }, "i16", m.int16s( -300, 7 ) ),
				m.matrix( MatBytes.SINGLE, 0, new int[] { 1, 2 }, "sgl", m.singles( 0.5f, -1.25f ) ),
				m.matrix( MatBytes.INT32, 0, new int[] { 1, 1 }, "count", m.int32s( -123456 ) ),
				m.matrix( MatBytes.UINT8_CLASS, MatFile.FLAG_LOGICAL, new int[] { 1, 2 }, "mask", m.uint8s( 1, 0 ) ),
				m.matrix( MatBytes.DOUBLE, MatFile.FLAG_COMPLEX, new int[] { 1, 1 }, "z", m.doubles( 3 ), m.doubles( -4 ) ),
				m.matrix( MatBytes.CHAR, 0, new int[] { 1, 5 }, "label", m.utf16( "trees" ) ),
				m.matrix( MatBytes.CHAR, 0, new int[] { 2, 2 }, "grid", m.utf16( "acbd" ) ) );
		final MatFile f = MatFile.parse( file, "types.mat" );
		assertArrayEquals( new double[] { 0, 200, 255 }, f.numeric( "u8" ).values(), 0 );
		assertArrayEquals( new double[] { -300, 7 }, f.numeric( "i16" ).values(), 0 );
		assertArrayEquals( new double[] { 0.5, -1.25 }, f.numeric( "sgl" ).values(), 0 );
		assertEquals( MatClass.SINGLE, f.get( "sgl" ).matClass() );
		assertEquals( -123456, f.numeric( "count" ).get( 0 ), 0 );
		assertTrue( f.numeric( "mask" ).isLogical() );
		assertEquals( "1x2 uint8 (logical)", f.get( "mask" ).describe() );
		assertEquals( -4, f.numeric( "z" ).imaginaryValues()[ 0 ], 0 );
		assertEquals( "trees", f.get( "label" ).asChar( "label" ).text() );
		assertEquals( "ab", f.get( "grid" ).asChar( "grid" ).row( 0 ) );
		assertEquals( "cd", f.get( "grid" ).asChar( "grid" ).row( 1 ) );
	}

	/**
	 * The shape of Ma et al.'s {@code model.mat}: a struct whose field is a 1x3 cell of forest structs
	 * holding numeric arrays, compressed, with an empty field as MATLAB writes it.
	 */
	@Test
	void compressedStructOfCellOfStructs()
	{
		for ( final ByteOrder order : ORDERS )
			compressedStructOfCellOfStructs( order );
	}

	private static void compressedStructOfCellOfStructs( final ByteOrder order )
	{
		final MatBytes m = new MatBytes( order );
		final byte[][] forestFields = m.fieldNames( "nrnodes", "xbestsplit", "note" );
		final byte[][] forests = new byte[ 3 ][];
		for ( int t = 0; t < 3; t++ )
			forests[ t ] = m.matrix( MatBytes.STRUCT, 0, new int[] { 1, 1 }, "", forestFields[ 0 ], forestFields[ 1 ],
					m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 10 + t ) ),
					m.matrix( MatBytes.DOUBLE, 0, new int[] { 2, 2 }, "", m.doubles( t, 0.25, -t, 1e300 ) ), m.emptyMatrix() );
		final byte[] cell = m.matrix( MatBytes.CELL, 0, new int[] { 1, 3 }, "", forests );
		final byte[][] modelFields = m.fieldNames( "forests", "version" );
		final byte[] model = m.matrix( MatBytes.STRUCT, 0, new int[] { 1, 1 }, "model", modelFields[ 0 ], modelFields[ 1 ], cell,
				m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 2 ) ) );
		final MatFile f = MatFile.parse( m.file( m.compressed( model ) ), "model.mat" );
		final MatStruct s = f.get( "model" ).asStruct( "model" );
		assertArrayEquals( new String[] { "forests", "version" }, s.fieldNames() );
		final MatCell c = s.get( "forests" ).asCell( "forests" );
		assertEquals( 3, c.numel() );
		for ( int t = 0; t < 3; t++ )
		{
			final MatStruct forest = c.get( t ).asStruct( "forest" );
			assertEquals( 10 + t, forest.get( "nrnodes" ).asNumeric( "n" ).get( 0 ), 0 );
			assertEquals( -t, forest.get( "xbestsplit" ).asNumeric( "x" ).get( 0, 1 ), 0 );
			assertEquals( 1e300, forest.get( "xbestsplit" ).asNumeric( "x" ).get( 1, 1 ), 0 );
			assertEquals( 0, forest.get( "note" ).numel() );
		}
		assertEquals( 2, s.get( "version" ).asNumeric( "v" ).get( 0 ), 0 );
	}

	@Test
	void structArraysIndexElementsColumnMajor()
	{
		final MatBytes m = new MatBytes( ByteOrder.LITTLE_ENDIAN );
		final byte[][] names = m.fieldNames( "v" );
		final byte[] s = m.matrix( MatBytes.STRUCT, 0, new int[] { 1, 2 }, "s", names[ 0 ], names[ 1 ],
				m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 1 ) ),
				m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 2 ) ) );
		final MatStruct st = MatFile.parse( m.file( s ), "s.mat" ).get( "s" ).asStruct( "s" );
		assertEquals( 2, st.get( 1, "v" ).asNumeric( "v" ).get( 0 ), 0 );
		assertThrows( PdPlaneException.class, () -> st.get( 0, "w" ) );
		assertThrows( PdPlaneException.class, () -> st.get( 2, "v" ) );
	}

	@Test
	void unsupportedClassesKeepTheRestOfTheFileUsable()
	{
		final MatBytes m = new MatBytes( ByteOrder.LITTLE_ENDIAN );
		final byte[] file = m.file( m.matrix( MatBytes.SPARSE, 0, new int[] { 3, 3 }, "sp", m.int32s( 0 ), m.int32s( 0, 0, 0, 0 ), m.doubles() ),
				m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "x", m.doubles( 5 ) ) );
		final MatFile f = MatFile.parse( file, "mixed.mat" );
		assertEquals( 5, f.numeric( "x" ).get( 0 ), 0 );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> f.numeric( "sp" ) );
		assertTrue( e.getMessage().contains( "3x3 sparse" ), e.getMessage() );
	}

	@Test
	void missingVariableListsTheOthers() throws IOException
	{
		final MatFile f = MatFile.parse( liveModelBytes(), "modelparameters.mat" );
		assertFalse( f.has( "mu" ) );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> f.get( "mu" ) );
		assertEquals( "'modelparameters.mat' has no variable 'mu' (it holds mu_prisparam, cov_prisparam).", e.getMessage() );
	}

	@Test
	void everyTruncationIsAClearError() throws IOException
	{
		final byte[] live = liveModelBytes();
		final MatBytes m = new MatBytes( ByteOrder.BIG_ENDIAN );
		final byte[][] names = m.fieldNames( "a", "b" );
		final byte[] structFile = m.file( m.matrix( MatBytes.STRUCT, 0, new int[] { 1, 1 }, "s", names[ 0 ], names[ 1 ],
				m.matrix( MatBytes.CHAR, 0, new int[] { 1, 3 }, "", m.utf16( "abc" ) ),
				m.matrix( MatBytes.CELL, 0, new int[] { 1, 1 }, "", m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 2 }, "", m.doubles( 1, 2 ) ) ) ) );
		for ( final byte[] whole : new byte[][] { live, structFile } )
			for ( int n = 0; n < whole.length; n++ )
			{
				final byte[] cut = Arrays.copyOf( whole, n );
				try
				{
					final MatFile f = MatFile.parse( cut, "cut.mat" );
					// a cut between elements leaves a valid shorter file: never a damaged variable
					final MatFile complete = MatFile.parse( whole, "whole.mat" );
					for ( final String name : f.variables().keySet() )
						assertEquals( complete.get( name ).describe(), f.get( name ).describe(), "prefix of " + n + " bytes" );
					assertTrue( f.variables().size() < complete.variables().size(), "prefix of " + n + " bytes holds everything" );
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
		final byte[] live = liveModelBytes();
		for ( int at = 140; at < live.length; at += 97 )
		{
			final byte[] bad = live.clone();
			bad[ at ] ^= 0x5a;
			try
			{
				MatFile.parse( bad, "bad.mat" );
			}
			catch ( final PdPlaneException e )
			{
				assertTrue( e.getMessage().startsWith( "'bad.mat' is " ), e.getMessage() );
			}
		}
	}

	@Test
	void sizeClaimsBeyondTheDataAreRefusedWithoutAllocating()
	{
		final MatBytes m = new MatBytes( ByteOrder.LITTLE_ENDIAN );
		final byte[] hugeCell = m.file( m.matrix( MatBytes.CELL, 0, new int[] { 40000, 40000 }, "c" ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.parse( hugeCell, "c.mat" ) ).getMessage().contains( "claims" ) );
		final byte[] tooMany = m.file( m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 3 }, "d", m.doubles( 1, 2 ) ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.parse( tooMany, "d.mat" ) ).getMessage().contains( "should hold 3 values" ) );
		final byte[] overflow = m.file( m.matrix( MatBytes.DOUBLE, 0, new int[] { 1 << 20, 1 << 20 }, "o", m.doubles() ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.parse( overflow, "o.mat" ) ).getMessage().contains( "2^31" ) );
	}

	@Test
	void absurdNestingIsRefused()
	{
		final MatBytes m = new MatBytes( ByteOrder.LITTLE_ENDIAN );
		byte[] inner = m.matrix( MatBytes.DOUBLE, 0, new int[] { 1, 1 }, "", m.doubles( 1 ) );
		for ( int depth = 0; depth < 80; depth++ )
			inner = m.matrix( MatBytes.CELL, 0, new int[] { 1, 1 }, depth == 79 ? "deep" : "", inner );
		final byte[] file = m.file( inner );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.parse( file, "deep.mat" ) ).getMessage().contains( "nested" ) );
	}

	@Test
	void otherFilesAreNamedAndExplained( @TempDir final Path dir ) throws IOException
	{
		final Path text = dir.resolve( "notes.mat" );
		Files.write( text, new byte[ 200 ] );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.read( text ) ).getMessage().contains( "is not a MATLAB MAT-file of level 5" ) );
		final Path shortFile = dir.resolve( "short.mat" );
		Files.write( shortFile, "MATLAB 5.0 MAT-file".getBytes( StandardCharsets.US_ASCII ) );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.read( shortFile ) ).getMessage().contains( "shorter" ) );
		final byte[] hdf5 = new byte[ 512 ];
		System.arraycopy( "MATLAB 7.3 MAT-file, Platform: GLNXA64".getBytes( StandardCharsets.US_ASCII ), 0, hdf5, 0, 38 );
		final Path v73 = dir.resolve( "v73.mat" );
		Files.write( v73, hdf5 );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.read( v73 ) ).getMessage().contains( "save(..., '-v7')" ) );
		final PdPlaneException missing = assertThrows( PdPlaneException.class, () -> MatFile.read( dir.resolve( "none.mat" ) ) );
		assertTrue( missing.getMessage().endsWith( "none.mat' does not exist." ), missing.getMessage() );
		assertTrue( assertThrows( PdPlaneException.class, () -> MatFile.read( dir ) ).getMessage().contains( "is a folder" ) );
	}

	@Test
	void writerWritesFilesAndNamesUnwritableOnes( @TempDir final Path dir )
	{
		final Path file = dir.resolve( "m.mat" );
		new MatWriter( "t" ).addScalar( "x", 2 ).write( file );
		assertEquals( 2, MatFile.read( file ).numeric( "x" ).get( 0 ), 0 );
		final Path impossible = dir.resolve( "no-such-folder" ).resolve( "m.mat" );
		final PdPlaneException e = assertThrows( PdPlaneException.class, () -> new MatWriter( "t" ).addScalar( "x", 2 ).write( impossible ) );
		assertTrue( e.getMessage().contains( "could not be written" ), e.getMessage() );
		assertThrows( IllegalArgumentException.class, () -> new MatWriter( "t" ).add( "1x", 1, 1, new double[ 1 ] ) );
	}
}
