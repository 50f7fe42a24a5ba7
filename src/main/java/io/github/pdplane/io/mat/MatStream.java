package io.github.pdplane.io.mat;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

import io.github.pdplane.PdPlaneException;

/**
 * Reads a MAT-file of level 5 as a stream, for files whose variables are too large to hold whole: the Ma et
 * al. model, for example, is one compressed struct that inflates to about half a gigabyte, most of it
 * zeros. Structs and cells are entered element by element as the bytes arrive (compressed variables are
 * inflated on the fly); every array's header goes to the {@link Listener}, and the numeric, logical and
 * text arrays it asks for are decoded by {@link MatFile}'s parser and handed over one at a time. Nothing
 * is kept, so memory holds one array at a time beside what the listener keeps.
 * <p>
 * Arrays are named by MATLAB paths: the variable's name, {@code .field} for the fields of a 1x1 struct,
 * {@code (k).field} for element k of a struct array and {@code {k}} for cell k (1-based, column-major),
 * for example {@code model.rf{2}.lDau}. Damaged or truncated files give the same messages as
 * {@link MatFile}, naming the file.
 */
public final class MatStream
{
	private MatStream()
	{}

	/** Receives the arrays of a file as they are read. */
	public interface Listener
	{
		/**
		 * An array's header, in file order: a struct or cell before its elements.
		 *
		 * @return for a numeric, logical or text array, whether to decode it and pass it to {@link #leaf};
		 *         ignored for structs and cells, whose elements are always read
		 */
		boolean header( String path, Header header );

		/** A decoded array whose header was wanted. */
		void leaf( String path, MatArray array );
	}

	/** What an array is, before its data. */
	public static final class Header
	{
		private final MatClass matClass;

		private final int[] dimensions;

		private final List< String > fieldNames;

		Header( final MatClass matClass, final int[] dimensions, final List< String > fieldNames )
		{
			this.matClass = matClass;
			this.dimensions = dimensions;
			this.fieldNames = fieldNames;
		}

		public MatClass matClass()
		{
			return matClass;
		}

		public int[] dimensions()
		{
			return dimensions.clone();
		}

		/** {@code numel}. */
		public long elements()
		{
			long n = 1;
			for ( final int d : dimensions )
				n *= d;
			return n;
		}

		/** The fields of a struct, in file order; empty for other classes. */
		public List< String > fieldNames()
		{
			return fieldNames;
		}

		/** For messages: {@code "1x3 cell"}. */
		public String describe()
		{
			final StringBuilder s = new StringBuilder();
			for ( int i = 0; i < dimensions.length; i++ )
				s.append( i == 0 ? "" : "x" ).append( dimensions[ i ] );
			return s.append( ' ' ).append( matClass.matlabName() ).toString();
		}

		@Override
		public String toString()
		{
			return describe();
		}
	}

	/** Reads a file; a missing, unreadable or malformed file gives a message naming it. */
	public static void read( final Path path, final Listener listener )
	{
		final String shown = path.toString();
		if ( Files.isDirectory( path ) )
			throw new PdPlaneException( "'" + shown + "' is a folder, not a MAT-file." );
		try (InputStream in = Files.newInputStream( path ))
		{
			read( in, shown, listener );
		}
		catch ( final NoSuchFileException e )
		{
			throw new PdPlaneException( "'" + shown + "' does not exist.", e );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "'" + shown + "' cannot be read: " + e.getMessage(), e );
		}
	}

	/**
	 * Reads a stream to its end; {@code source} names it in messages.
	 *
	 * @throws IOException
	 *             where the stream itself fails (not where its content is damaged)
	 */
	public static void read( final InputStream in, final String source, final Listener listener ) throws IOException
	{
		new Reader( source, listener ).file( new Counting( new BufferedInputStream( in, 1 << 16 ) ) );
	}

	/** One pass over one file. */
	private static final class Reader
	{
		private final MatFile.Parser parser;

		private final Listener listener;

		private ByteOrder order;

		Reader( final String source, final Listener listener )
		{
			this.parser = new MatFile.Parser( source );
			this.listener = listener;
		}

		void file( final Counting in ) throws IOException
		{
			order = parser.header( readUpTo( in, MatFile.HEADER_LENGTH ) );
			while ( true )
			{
				parser.context = " (in the element at byte " + in.position + ")";
				final byte[] tagBytes = readUpTo( in, 8 );
				// fewer than 8 trailing bytes cannot hold an element: padding some writers leave
				if ( tagBytes.length < 8 )
					return;
				final ByteBuffer tag = ByteBuffer.wrap( tagBytes ).order( order );
				final int type = tag.getInt( 0 );
				final long length = ( type >>> 16 ) != 0 ? 0 : tag.getInt( 4 ) & 0xffffffffL;
				if ( ( type >>> 16 ) != 0 )
					continue; // a small element at the top level holds no array
				final Bounded element = new Bounded( in, length );
				if ( type == MatFile.MI_COMPRESSED )
					compressed( element );
				else if ( type == MatFile.MI_MATRIX )
					matrix( new Source( element, length ), 0, null );
				element.drain();
				if ( element.remaining > 0 )
					throw parser.truncated( "an element of type " + type + " claims " + length + " bytes but the file ends first" );
				if ( type != MatFile.MI_COMPRESSED )
					skipFully( in, ( 8 - length % 8 ) % 8, true );
			}
		}

		private void compressed( final Bounded element ) throws IOException
		{
			final Inflater inflater = new Inflater();
			try (InputStream inflated = new InflaterInputStream( element, inflater, 1 << 16 ))
			{
				final Source s = new Source( inflated, Long.MAX_VALUE );
				final ByteBuffer tag = ByteBuffer.wrap( s.read( 8, "the compressed variable's tag" ) ).order( order );
				if ( tag.getInt( 0 ) == MatFile.MI_MATRIX )
				{
					final long length = tag.getInt( 4 ) & 0xffffffffL;
					matrix( new Source( inflated, length ), 0, null );
				}
			}
			catch ( final ZipException e )
			{
				throw parser.damaged( "the compressed variable is not a valid zlib stream (" + e.getMessage() + ")" );
			}
			catch ( final EOFException e )
			{
				throw parser.truncated( "the compressed variable ends before its zlib stream does" );
			}
			finally
			{
				inflater.end();
			}
		}

		/**
		 * One miMATRIX element's content from {@code s} (exactly its length).
		 *
		 * @param path
		 *            the array's path, or {@code null} for a variable (named by its own name)
		 */
		private void matrix( final Source s, final int depth, final String path ) throws IOException
		{
			if ( depth > MatFile.MAX_DEPTH )
				throw parser.damaged( "arrays are nested more than " + MatFile.MAX_DEPTH + " deep" );
			if ( s.remaining == 0 )
			{
				// an empty element: MATLAB's [] in a cell or field
				final MatArray empty = new MatNumeric( "", new int[] { 0, 0 }, MatClass.DOUBLE, false, new double[ 0 ], null );
				if ( listener.header( path == null ? "" : path, new Header( MatClass.DOUBLE, new int[] { 0, 0 }, Collections.emptyList() ) ) )
					listener.leaf( path == null ? "" : path, empty );
				return;
			}
			final byte[] flagsBytes = s.element();
			final MatFile.Element flags = parser.expect( buffer( flagsBytes ), "array flags", MatFile.MI_UINT32 );
			if ( flags.data.remaining() < 8 )
				throw parser.damaged( "the array flags hold " + flags.data.remaining() + " bytes, not 8" );
			final MatClass matClass = MatClass.ofCode( flags.data.getInt( 0 ) & 0xff );
			if ( matClass == null )
				throw parser.damaged( "an array has the unknown class code " + ( flags.data.getInt( 0 ) & 0xff ) );
			if ( matClass == MatClass.OPAQUE )
			{
				final String name = MatFile.Parser.text( parser.expect( buffer( s.element() ), "array name", MatFile.MI_INT8 ).data );
				listener.header( path == null ? name : path, new Header( matClass, new int[] { 1, 1 }, Collections.emptyList() ) );
				s.skipRest();
				return;
			}
			final byte[] dimensionBytes = s.element(), nameBytes = s.element();
			final int[] dims = parser.dimensions( parser.expect( buffer( dimensionBytes ), "dimensions", MatFile.MI_INT32 ) );
			final String name = MatFile.Parser.text( parser.expect( buffer( nameBytes ), "array name", MatFile.MI_INT8 ).data );
			final String here = path == null ? name : path;
			final long count = MatArray.elementCount( dims );
			if ( count < 0 )
				throw parser.damaged( "the array '" + name + "' claims more than 2^31 elements" );
			if ( matClass == MatClass.CELL || matClass == MatClass.STRUCT )
			{
				container( s, depth, here, matClass, dims, count );
				return;
			}
			if ( !listener.header( here, new Header( matClass, dims, Collections.emptyList() ) ) )
			{
				s.skipRest();
				return;
			}
			// the whole content again, for MatFile's parser
			final int head = flagsBytes.length + dimensionBytes.length + nameBytes.length;
			if ( s.remaining > Integer.MAX_VALUE - 64 - head )
				throw parser.damaged( "the array '" + here + "' is larger than 2 GB" );
			final byte[] content = new byte[ head + ( int ) s.remaining ];
			System.arraycopy( flagsBytes, 0, content, 0, flagsBytes.length );
			System.arraycopy( dimensionBytes, 0, content, flagsBytes.length, dimensionBytes.length );
			System.arraycopy( nameBytes, 0, content, flagsBytes.length + dimensionBytes.length, nameBytes.length );
			s.readInto( content, head, "the data of '" + here + "'" );
			listener.leaf( here, parser.matrix( buffer( content ), depth ) );
		}

		private void container( final Source s, final int depth, final String path, final MatClass matClass, final int[] dims, final long count )
				throws IOException
		{
			List< String > fields = Collections.emptyList();
			if ( matClass == MatClass.STRUCT )
			{
				final MatFile.Element lengthElement = parser.expect( buffer( s.element() ), "field name length", MatFile.MI_INT32 );
				if ( lengthElement.data.remaining() < 4 )
					throw parser.damaged( "the struct '" + path + "' has no field name length" );
				final int length = lengthElement.data.getInt( 0 );
				final ByteBuffer names = parser.expect( buffer( s.element() ), "field names", MatFile.MI_INT8 ).data;
				final int bytes = names.remaining();
				if ( length < 1 && bytes > 0 || length > 0 && bytes % length != 0 )
					throw parser.damaged( "the struct '" + path + "' has " + bytes + " bytes of field names of length " + length );
				final String[] f = new String[ length < 1 ? 0 : bytes / length ];
				for ( int i = 0; i < f.length; i++ )
				{
					final ByteBuffer one = names.duplicate();
					one.position( i * length ).limit( ( i + 1 ) * length );
					f[ i ] = MatFile.Parser.text( one.slice() );
				}
				fields = Collections.unmodifiableList( Arrays.asList( f ) );
			}
			final long arrays = matClass == MatClass.STRUCT ? count * fields.size() : count;
			// each nested array takes at least an 8-byte tag: a count beyond that is a damaged size, not a big array
			if ( arrays > s.remaining / 8 )
				throw parser.truncated( "'" + path + "' claims " + arrays + " elements but only " + s.remaining + " bytes remain" );
			listener.header( path, new Header( matClass, dims, fields ) );
			for ( long e = 0; e < count; e++ )
			{
				if ( matClass == MatClass.CELL )
					nested( s, depth, path + "{" + ( e + 1 ) + "}" );
				else
					for ( final String field : fields )
						nested( s, depth, path + ( count == 1 ? "" : "(" + ( e + 1 ) + ")" ) + "." + field );
			}
			s.skipRest();
		}

		private void nested( final Source s, final int depth, final String path ) throws IOException
		{
			final ByteBuffer tag = ByteBuffer.wrap( s.read( 8, "the tag of '" + path + "'" ) ).order( order );
			final int type = tag.getInt( 0 );
			if ( type != MatFile.MI_MATRIX )
				throw parser.damaged( "an element of '" + path + "' has type " + type + " where an array (14) belongs" );
			final long length = tag.getInt( 4 ) & 0xffffffffL;
			if ( length > s.remaining )
				throw parser.truncated( "an element of type " + type + " claims " + length + " bytes but only " + s.remaining + " remain" );
			final Source inner = new Source( s.in, length );
			matrix( inner, depth + 1, path );
			s.remaining -= length;
			final long pad = Math.min( ( 8 - length % 8 ) % 8, s.remaining );
			s.skip( pad );
		}

		private ByteBuffer buffer( final byte[] bytes )
		{
			return ByteBuffer.wrap( bytes ).order( order );
		}

		private byte[] readUpTo( final InputStream in, final int n ) throws IOException
		{
			final byte[] b = new byte[ n ];
			int got = 0;
			while ( got < n )
			{
				final int r = in.read( b, got, n - got );
				if ( r < 0 )
					break;
				got += r;
			}
			return got == n ? b : Arrays.copyOf( b, got );
		}

		private void skipFully( final InputStream in, final long n, final boolean tolerateEnd ) throws IOException
		{
			long left = n;
			while ( left > 0 )
			{
				final long skipped = in.skip( left );
				if ( skipped > 0 )
					left -= skipped;
				else if ( in.read() >= 0 )
					left--;
				else if ( tolerateEnd )
					return;
				else
					throw parser.truncated( "the file ends " + left + " bytes early" );
			}
		}

		/** The content of one element being read: its stream and the bytes it has left. */
		private final class Source
		{
			final InputStream in;

			long remaining;

			Source( final InputStream in, final long remaining )
			{
				this.in = in;
				this.remaining = remaining;
			}

			byte[] read( final long n, final String what ) throws IOException
			{
				if ( n > remaining )
					throw parser.truncated( what + " needs " + n + " bytes but only " + remaining + " remain" );
				if ( n > Integer.MAX_VALUE - 64 )
					throw parser.damaged( what + " is larger than 2 GB" );
				final byte[] b = readUpTo( in, ( int ) n );
				if ( b.length < n )
					throw parser.truncated( what + " needs " + n + " bytes but the data ends after " + b.length );
				remaining -= n;
				return b;
			}

			/** Fills {@code b} from {@code from} on with the rest of this element. */
			void readInto( final byte[] b, final int from, final String what ) throws IOException
			{
				final int n = b.length - from;
				int got = 0;
				while ( got < n )
				{
					final int r = in.read( b, from + got, n - got );
					if ( r < 0 )
						throw parser.truncated( what + " needs " + n + " bytes but the data ends after " + got );
					got += r;
				}
				remaining -= n;
			}

			/** One whole sub-element (tag, data and padding) as bytes, for MatFile's parser. */
			byte[] element() throws IOException
			{
				if ( remaining < 8 )
					throw parser.truncated( "an element tag needs 8 bytes but " + remaining + " remain" );
				final byte[] tag = read( 8, "an element tag" );
				final ByteBuffer t = ByteBuffer.wrap( tag ).order( order );
				if ( ( t.getInt( 0 ) >>> 16 ) != 0 )
					return tag;
				final long n = t.getInt( 4 ) & 0xffffffffL;
				if ( n > remaining )
					throw parser.truncated( "an element of type " + t.getInt( 0 ) + " claims " + n + " bytes but only " + remaining + " remain" );
				final long padded = Math.min( n + ( 8 - n % 8 ) % 8, remaining );
				final byte[] data = read( padded, "an element" );
				final byte[] all = Arrays.copyOf( tag, 8 + data.length );
				System.arraycopy( data, 0, all, 8, data.length );
				return all;
			}

			void skip( final long n ) throws IOException
			{
				skipFully( in, n, false );
				remaining -= n;
			}

			void skipRest() throws IOException
			{
				if ( remaining != Long.MAX_VALUE )
					skip( remaining );
			}
		}
	}

	/** Counts the bytes read, for messages. */
	private static final class Counting extends FilterInputStream
	{
		long position;

		Counting( final InputStream in )
		{
			super( in );
		}

		@Override
		public int read() throws IOException
		{
			final int b = super.read();
			if ( b >= 0 )
				position++;
			return b;
		}

		@Override
		public int read( final byte[] b, final int off, final int len ) throws IOException
		{
			final int n = super.read( b, off, len );
			if ( n > 0 )
				position += n;
			return n;
		}

		@Override
		public long skip( final long n ) throws IOException
		{
			final long s = super.skip( n );
			position += s;
			return s;
		}
	}

	/** The next {@code length} bytes of a stream, no more. */
	private static final class Bounded extends InputStream
	{
		private final InputStream in;

		long remaining;

		Bounded( final InputStream in, final long length )
		{
			this.in = in;
			this.remaining = length;
		}

		@Override
		public int read() throws IOException
		{
			if ( remaining <= 0 )
				return -1;
			final int b = in.read();
			if ( b >= 0 )
				remaining--;
			return b;
		}

		@Override
		public int read( final byte[] b, final int off, final int len ) throws IOException
		{
			if ( remaining <= 0 )
				return -1;
			final int n = in.read( b, off, ( int ) Math.min( len, remaining ) );
			if ( n > 0 )
				remaining -= n;
			return n;
		}

		@Override
		public long skip( final long n ) throws IOException
		{
			final long s = in.skip( Math.min( n, remaining ) );
			remaining -= s;
			return s;
		}

		/** Reads to the end of the element (or of the stream, if that comes first). */
		void drain() throws IOException
		{
			while ( remaining > 0 )
			{
				if ( skip( remaining ) > 0 )
					continue;
				if ( read() < 0 )
					return;
			}
		}

		@Override
		public void close()
		{
			// the file stream stays open for the elements after this one
		}
	}
}
