package io.github.pdplane.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;
import io.github.pdplane.nr.BlockFeatures;
import io.github.pdplane.nr.NiqeFeatures;
import io.github.pdplane.score.ScoreRow;

/**
 * A run's journal: what each reference image's task found (its rows, failures, warnings and, for set-level
 * metrics, the NIQE block features), appended as the task completes, so that a run killed at any moment
 * (Ctrl-C, SIGKILL, power loss) can be resumed and scores only what is missing. Since the restored outcomes
 * are exactly those the tasks found (doubles written with {@link Double#toString}, which reads back to the
 * same double; NaN stays NaN) and are assembled in the same order, a resumed run's files are byte for byte
 * those of an uninterrupted run.
 * <p>
 * <b>Format</b> (UTF-8 text): a first line {@value #MAGIC}; a line {@code settings<TAB><SHA-256>} of the run's
 * settings (the inputs: every image's path, size and modification time and the pairing; the metrics; the
 * preparation; the models), so that a resume with other settings is refused; a line {@code summary<TAB>...}
 * for people; then one line per reference image, {@code item<TAB><CRC-32><TAB><fields>}, fields separated by
 * tabs, with backslash escapes for tabs, new lines and backslashes and {@code \N} for none.
 * <p>
 * <b>Durability.</b> Each line goes to the file in one write, so it survives the process being killed
 * (SIGKILL): the system holds it. Forcing it to the disk (for a power loss) costs a disk flush, too slow per
 * image on slow disks (10,000 images, 10,000 flushes), so the journal forces at most once a second: a power
 * loss costs at most the last second's images, which the resume scores again. A line torn by a kill or a
 * power loss (no end, or a checksum that does not match) at the end is dropped and overwritten; a damaged
 * line followed by good ones is refused (the file was changed by something else).
 */
final class Journal
{
	static final String MAGIC = "PD Plane journal 1";

	private static final String SETTINGS = "settings", SUMMARY = "summary", ITEM = "item", NONE = "\\N";

	/** The most time between forcing appended lines to the disk. */
	private static final long FORCE_NANOS = 1_000_000_000L;

	private final Path file;

	private final String settingsLine;

	private final String summaryLine;

	/** Outcomes read back, by reference key. */
	private final Map< String, PlaneRun.ItemOutcome > restored;

	/** Where appending starts: after the last good line; -1 for a new file, 0 for an empty one (both get the header). */
	private final long goodLength;

	private FileChannel channel;

	private long lastForce;

	private Journal( final Path file, final String settingsLine, final String summaryLine, final Map< String, PlaneRun.ItemOutcome > restored,
			final long goodLength )
	{
		this.file = file;
		this.settingsLine = settingsLine;
		this.summaryLine = summaryLine;
		this.restored = restored;
		this.goodLength = goodLength;
	}

	/**
	 * Checks the journal before any image is read: a new one (where {@code file} does not exist) or, with
	 * {@code resume}, one of the same settings, read back. Nothing is written yet.
	 *
	 * @param settings
	 *            every setting that decides the tasks' outcomes, one per line (hashed)
	 * @param summary
	 *            the settings for people, for the refusal of a resume with other settings
	 * @throws PdPlaneException
	 *             where the file exists without {@code resume}, is no journal, is damaged, or is of other settings
	 */
	static Journal check( final Path file, final boolean resume, final String settings, final String summary )
	{
		final String settingsLine = SETTINGS + "\t" + sha256( settings );
		final String summaryLine = SUMMARY + "\t" + escape( summary );
		if ( Files.isDirectory( file ) )
			throw new PdPlaneException( "The journal '" + file + "' is a folder; give a file name." );
		if ( !Files.exists( file ) )
		{
			final Path folder = file.toAbsolutePath().getParent();
			if ( folder != null && !Files.isDirectory( folder ) )
				throw new PdPlaneException( "Cannot write the journal '" + file + "': the folder '" + folder + "' does not exist." );
			return new Journal( file, settingsLine, summaryLine, new HashMap<>(), -1 );
		}
		if ( !resume )
			throw new PdPlaneException( "The journal '" + file + "' exists, from an earlier run: ask to resume that run (--resume; the box Resume"
					+ " in ImageJ), or remove the file or give another to start afresh." );
		final byte[] bytes;
		try
		{
			bytes = Files.readAllBytes( file );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot read the journal '" + file + "': " + OutputFiles.reason( e ) + ".", e );
		}
		if ( bytes.length == 0 )
			return new Journal( file, settingsLine, summaryLine, new HashMap<>(), 0 ); // killed before its header was written
		final List< Integer > ends = new ArrayList<>();
		for ( int i = 0; i < bytes.length; i++ )
			if ( bytes[ i ] == '\n' )
				ends.add( i );
		if ( ends.size() < 3 || !line( bytes, ends, 0 ).equals( MAGIC ) )
			throw new PdPlaneException( "'" + file + "' is not a PD Plane journal (its first lines are not those of one): remove it or give"
					+ " another file." );
		if ( !line( bytes, ends, 1 ).equals( settingsLine ) )
			throw new PdPlaneException( "The journal '" + file + "' is of a run with other settings (its inputs, metrics, preparation or models"
					+ " differ, or an image file changed): it cannot be resumed with these. The journal's run: " + unescape( after( line( bytes, ends,
							2 ) ) ) + ". This run: " + summary + ". Remove it or give another journal to start afresh." );
		final Map< String, PlaneRun.ItemOutcome > restored = new HashMap<>();
		long good = ends.get( 2 ) + 1;
		int firstBad = -1;
		for ( int l = 3; l < ends.size(); l++ )
		{
			final PlaneRun.ItemOutcome o = decodeItem( line( bytes, ends, l ) );
			if ( o == null )
			{
				if ( firstBad < 0 )
					firstBad = l;
				continue;
			}
			if ( firstBad >= 0 )
				throw new PdPlaneException( "The journal '" + file + "' is damaged at line " + ( firstBad + 1 ) + " (a line before the end does not"
						+ " match its checksum): it was changed by something other than PD Plane. Remove it to start afresh." );
			restored.put( o.key, o );
			good = ends.get( l ) + 1;
		}
		return new Journal( file, settingsLine, summaryLine, restored, good );
	}

	private static String line( final byte[] bytes, final List< Integer > ends, final int l )
	{
		final int start = l == 0 ? 0 : ends.get( l - 1 ) + 1;
		return new String( bytes, start, ends.get( l ) - start, StandardCharsets.UTF_8 );
	}

	private static String after( final String line )
	{
		final int tab = line.indexOf( '\t' );
		return tab < 0 ? line : line.substring( tab + 1 );
	}

	/** The outcome of the reference image {@code key} read back, or null where the journal has none. */
	PlaneRun.ItemOutcome restored( final String key )
	{
		return restored.get( key );
	}

	int restoredCount()
	{
		return restored.size();
	}

	/** Opens the file for appending: a new journal gets its header (forced to the disk), an old one loses a torn end. */
	synchronized void open()
	{
		try
		{
			if ( goodLength <= 0 )
			{
				channel = goodLength < 0 ? FileChannel.open( file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE )
						: FileChannel.open( file, StandardOpenOption.WRITE );
				write( MAGIC + "\n" + settingsLine + "\n" + summaryLine + "\n" );
				channel.force( true );
			}
			else
			{
				channel = FileChannel.open( file, StandardOpenOption.WRITE );
				channel.truncate( goodLength );
				channel.position( goodLength );
			}
			lastForce = System.nanoTime();
		}
		catch ( final IOException e )
		{
			throw failure( "open", e );
		}
	}

	/** Appends one task's outcome: one write, forced to the disk at most once a second. */
	synchronized void append( final PlaneRun.ItemOutcome outcome )
	{
		try
		{
			write( encodeItem( outcome ) );
			if ( System.nanoTime() - lastForce >= FORCE_NANOS )
			{
				channel.force( false );
				lastForce = System.nanoTime();
			}
		}
		catch ( final IOException e )
		{
			throw failure( "append to", e );
		}
	}

	private void write( final String text ) throws IOException
	{
		final ByteBuffer buffer = ByteBuffer.wrap( text.getBytes( StandardCharsets.UTF_8 ) );
		while ( buffer.hasRemaining() )
			channel.write( buffer );
	}

	/** Forces what was appended to the disk and closes the file. */
	synchronized void close()
	{
		if ( channel == null )
			return;
		try
		{
			channel.force( false );
			channel.close();
		}
		catch ( final IOException e )
		{
			throw failure( "close", e );
		}
		finally
		{
			channel = null;
		}
	}

	private PdPlaneException failure( final String what, final IOException e )
	{
		long free = -1;
		try
		{
			free = Files.getFileStore( file.toAbsolutePath().getParent() ).getUsableSpace();
		}
		catch ( final IOException | RuntimeException unknown )
		{
			// said as unknown
		}
		return new PdPlaneException( "Cannot " + what + " the journal '" + file + "': " + OutputFiles.reason( e ) + " ("
				+ ( free < 0 ? "free space unknown" : free + " bytes free on its file system" ) + "). The run stopped; what the journal"
				+ " holds is kept for a resume.", e );
	}

	// ---- the lines

	static String encodeItem( final PlaneRun.ItemOutcome o )
	{
		return itemLine( o ) + "\n";
	}

	/** The outcome as one item line, without its line end: the journal's, a shard's partial result's. */
	static String itemLine( final PlaneRun.ItemOutcome o )
	{
		final StringBuilder fields = new StringBuilder();
		add( fields, o.key );
		add( fields, o.referenceFailure );
		add( fields, o.warnings.size() );
		for ( final String w : o.warnings )
			add( fields, w );
		addFeatures( fields, o.referenceFeatures );
		final int columns = o.rows.size();
		add( fields, columns );
		for ( int c = 0; c < columns; c++ )
		{
			add( fields, o.failures[ c ] );
			final List< ScoreRow > rows = o.rows.get( c );
			add( fields, rows == null ? -1 : rows.size() );
			if ( rows != null )
				for ( final ScoreRow r : rows )
				{
					add( fields, r.image() );
					add( fields, r.slice() );
					final double[] values = r.values();
					add( fields, values.length );
					for ( final double v : values )
						add( fields, v );
				}
			addFeatures( fields, o.features.get( c ) );
		}
		final String payload = fields.toString();
		return ITEM + "\t" + crc( payload ) + "\t" + payload;
	}

	/** The outcome of a line, or null where the line is not a whole, unchanged item line. */
	static PlaneRun.ItemOutcome decodeItem( final String line )
	{
		if ( !line.startsWith( ITEM + "\t" ) || line.length() < ITEM.length() + 10 || line.charAt( ITEM.length() + 9 ) != '\t' )
			return null;
		final String payload = line.substring( ITEM.length() + 10 );
		if ( !line.substring( ITEM.length() + 1, ITEM.length() + 9 ).equals( crc( payload ) ) )
			return null;
		try
		{
			final Fields f = new Fields( payload );
			final String key = f.text();
			final String referenceFailure = f.text();
			final int warnings = f.count();
			final List< String > warningList = new ArrayList<>();
			for ( int w = 0; w < warnings; w++ )
				warningList.add( f.text() );
			final List< BlockFeatures > referenceFeatures = f.features();
			final int columns = f.count();
			final PlaneRun.ItemOutcome o = new PlaneRun.ItemOutcome( key, columns );
			o.referenceFailure = referenceFailure;
			o.warnings.addAll( warningList );
			o.referenceFeatures = referenceFeatures;
			for ( int c = 0; c < columns; c++ )
			{
				o.failures[ c ] = f.text();
				final int n = f.integer();
				if ( n >= 0 )
				{
					final List< ScoreRow > rows = new ArrayList<>();
					for ( int r = 0; r < n; r++ )
					{
						final String image = f.text();
						final int slice = f.integer();
						final double[] values = new double[ f.count() ];
						for ( int m = 0; m < values.length; m++ )
							values[ m ] = f.number();
						rows.add( new ScoreRow( image, slice, values ) );
					}
					o.rows.set( c, rows );
				}
				o.features.set( c, f.features() );
			}
			f.end();
			o.complete = true;
			return o;
		}
		catch ( final RuntimeException e )
		{
			// a line with a matching checksum but a wrong layout: not written by this version
			return null;
		}
	}

	private static void addFeatures( final StringBuilder fields, final List< BlockFeatures > features )
	{
		add( fields, features == null ? -1 : features.size() );
		if ( features != null )
			for ( final BlockFeatures b : features )
			{
				add( fields, b.name() );
				add( fields, b.blockSize() );
				add( fields, b.blockColumns() );
				add( fields, b.blockRows() );
				for ( int k = 0; k < b.blockCount(); k++ )
				{
					for ( int m = 0; m < NiqeFeatures.COUNT; m++ )
						add( fields, b.get( k, m ) );
					add( fields, b.sharpness( k ) );
				}
			}
	}

	private static void add( final StringBuilder fields, final String text )
	{
		if ( fields.length() > 0 )
			fields.append( '\t' );
		fields.append( text == null ? NONE : escape( text ) );
	}

	private static void add( final StringBuilder fields, final long number )
	{
		add( fields, Long.toString( number ) );
	}

	/** {@link Double#toString}: the shortest text that reads back to the same double. */
	private static void add( final StringBuilder fields, final double number )
	{
		add( fields, Double.toString( number ) );
	}

	/** The fields of a line, read in the order written. */
	private static final class Fields
	{
		private final String[] parts;

		private int next;

		Fields( final String payload )
		{
			parts = payload.split( "\t", -1 );
		}

		String text()
		{
			final String part = parts[ next++ ];
			return part.equals( NONE ) ? null : unescape( part );
		}

		int integer()
		{
			return Integer.parseInt( parts[ next++ ] );
		}

		int count()
		{
			final int n = integer();
			if ( n < 0 || n > parts.length )
				throw new IllegalArgumentException( "count " + n );
			return n;
		}

		double number()
		{
			return Double.parseDouble( parts[ next++ ] );
		}

		List< BlockFeatures > features()
		{
			final int n = integer();
			if ( n < 0 )
				return null;
			final List< BlockFeatures > list = new ArrayList<>();
			for ( int i = 0; i < n; i++ )
			{
				final String name = text();
				final int size = integer(), columns = integer(), rows = integer();
				final int blocks = columns * rows;
				final double[] values = new double[ blocks * NiqeFeatures.COUNT ], sharpness = new double[ blocks ];
				for ( int k = 0; k < blocks; k++ )
				{
					for ( int m = 0; m < NiqeFeatures.COUNT; m++ )
						values[ k * NiqeFeatures.COUNT + m ] = number();
					sharpness[ k ] = number();
				}
				list.add( BlockFeatures.of( name, size, columns, rows, values, sharpness ) );
			}
			return list;
		}

		void end()
		{
			if ( next != parts.length )
				throw new IllegalArgumentException( ( parts.length - next ) + " fields left" );
		}
	}

	static String escape( final String text )
	{
		return text.replace( "\\", "\\\\" ).replace( "\t", "\\t" ).replace( "\n", "\\n" ).replace( "\r", "\\r" );
	}

	static String unescape( final String text )
	{
		final StringBuilder sb = new StringBuilder( text.length() );
		for ( int i = 0; i < text.length(); i++ )
		{
			final char c = text.charAt( i );
			if ( c != '\\' || i + 1 == text.length() )
			{
				sb.append( c );
				continue;
			}
			final char e = text.charAt( ++i );
			sb.append( e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e );
		}
		return sb.toString();
	}

	private static String crc( final String payload )
	{
		final CRC32 crc = new CRC32();
		crc.update( payload.getBytes( StandardCharsets.UTF_8 ) );
		return String.format( "%08x", crc.getValue() );
	}

	static String sha256( final String text )
	{
		return sha256( text.getBytes( StandardCharsets.UTF_8 ) );
	}

	static String sha256( final byte[] bytes )
	{
		final StringBuilder hex = new StringBuilder();
		for ( final byte b : sha256Digest( bytes ) )
			hex.append( String.format( "%02x", b & 0xff ) );
		return hex.toString();
	}

	static byte[] sha256Digest( final byte[] bytes )
	{
		try
		{
			return MessageDigest.getInstance( "SHA-256" ).digest( bytes );
		}
		catch ( final NoSuchAlgorithmException e )
		{
			throw new IllegalStateException( "every Java has SHA-256", e );
		}
	}
}
