package io.github.pdplane.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.OutputFiles;

/**
 * What one shard of an evaluation found ({@link EvaluationJob.Builder#shard}), as a file that the other shards'
 * files complete: the job's settings digest ({@link EvaluationJob#settingsDigest()}), the shard, what rebuilds the
 * job (the front end's arguments, kept as the person gave them, and the folder they were given in) and the item
 * lines of the shard's reference images. Putting every shard's file together ({@link #combine}) gives the item
 * lines of the whole run, from which {@link EvaluationJob#processOutcomes} makes the result of a single run, bit
 * for bit. The set-level steps (set-level metrics, aggregation, bootstrap, frontier) run only then.
 * <p>
 * <b>Format</b> (UTF-8 text, one record a line, fields separated by tabs, with the journal's escapes):
 * {@value #MAGIC}; {@code settings DIGEST}; {@code shard K/N}; {@code directory DIR}; {@code argument ARG}, one a
 * line; the item lines ({@link Journal}); last {@code end COUNT SHA-256}, the number of item lines and the
 * SHA-256 of every byte before that line, so that a cut or changed file is refused, not merged.
 */
public final class PartialResult
{
	static final String MAGIC = "PD Plane partial result 1";

	/** The ending of a partial result's file name. */
	public static final String EXTENSION = ".pdpartial";

	private static final String SETTINGS = "settings", SHARD = "shard", DIRECTORY = "directory", ARGUMENT = "argument", ITEM = "item",
			END = "end";

	private final Path file;

	private final String settingsDigest;

	private final Shard shard;

	private final String directory;

	private final List< String > arguments;

	private final List< String > lines;

	/**
	 * @param directory
	 *            the folder the arguments were given in, against which their relative paths are read
	 * @param arguments
	 *            what rebuilds the job in the front end that wrote it (the CLI's {@code evaluate} arguments)
	 * @param lines
	 *            the item lines of the shard's reference images ({@link EvaluationJob#shardLines()})
	 */
	public PartialResult( final String settingsDigest, final Shard shard, final String directory, final List< String > arguments,
			final List< String > lines )
	{
		this( null, settingsDigest, shard, directory, arguments, lines );
	}

	private PartialResult( final Path file, final String settingsDigest, final Shard shard, final String directory,
			final List< String > arguments, final List< String > lines )
	{
		this.file = file;
		this.settingsDigest = settingsDigest;
		this.shard = shard;
		this.directory = directory;
		this.arguments = Collections.unmodifiableList( new ArrayList<>( arguments ) );
		this.lines = Collections.unmodifiableList( new ArrayList<>( lines ) );
	}

	/** {@code partial-K-of-N.pdpartial}: the file name of shard K/N's result in an output folder. */
	public static String fileName( final Shard shard )
	{
		return name( Integer.toString( shard.index() ), shard.count() );
	}

	/** {@code partial-*-of-N.pdpartial}: the shell pattern of every shard's file name, what {@code merge} is given. */
	public static String everyShardPattern( final int count )
	{
		return name( "*", count );
	}

	private static String name( final String index, final int count )
	{
		return "partial-" + index + "-of-" + count + EXTENSION;
	}

	public String settingsDigest()
	{
		return settingsDigest;
	}

	public Shard shard()
	{
		return shard;
	}

	public String directory()
	{
		return directory;
	}

	public List< String > arguments()
	{
		return arguments;
	}

	/** The item lines of the shard's reference images. */
	public List< String > lines()
	{
		return lines;
	}

	/** The file read, or null for a result not read from a file. */
	public Path file()
	{
		return file;
	}

	/** The file's text. */
	String text()
	{
		final StringBuilder sb = new StringBuilder( MAGIC ).append( '\n' );
		sb.append( SETTINGS ).append( '\t' ).append( settingsDigest ).append( '\n' );
		sb.append( SHARD ).append( '\t' ).append( shard ).append( '\n' );
		sb.append( DIRECTORY ).append( '\t' ).append( Journal.escape( directory ) ).append( '\n' );
		for ( final String a : arguments )
			sb.append( ARGUMENT ).append( '\t' ).append( Journal.escape( a ) ).append( '\n' );
		for ( final String l : lines )
			sb.append( l ).append( '\n' );
		final String body = sb.toString();
		return body + END + "\t" + lines.size() + "\t" + Journal.sha256( body ) + "\n";
	}

	/**
	 * Writes the file atomically (a temporary file moved into place), never replacing one unless {@code overwrite}.
	 *
	 * @throws PdPlaneException
	 *             naming the file where it exists (and how to replace it) or cannot be written
	 */
	public void write( final Path target, final boolean overwrite, final String howToReplace )
	{
		OutputFiles.write( target, overwrite, howToReplace, text().getBytes( StandardCharsets.UTF_8 ) );
	}

	/**
	 * Reads a partial result.
	 *
	 * @throws PdPlaneException
	 *             naming the file where it cannot be read, is no partial result, or is cut or damaged
	 */
	public static PartialResult read( final Path file )
	{
		final byte[] bytes;
		try
		{
			bytes = Files.readAllBytes( file );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( "Cannot read the partial result '" + file + "': " + OutputFiles.reason( e ) + ".", e );
		}
		final String text = new String( bytes, StandardCharsets.UTF_8 );
		if ( !text.startsWith( MAGIC + "\n" ) )
			throw new PdPlaneException( "'" + file + "' is not a PD Plane partial result (it does not start with '" + MAGIC + "'): give the"
					+ " " + EXTENSION + " files that evaluate --shard wrote." );
		final int endLine = text.lastIndexOf( "\n" + END + "\t" );
		final String[] end = endLine < 0 || !text.endsWith( "\n" ) ? null : text.substring( endLine + 1, text.length() - 1 ).split( "\t", -1 );
		final String body = endLine < 0 ? "" : text.substring( 0, endLine + 1 );
		if ( end == null || end.length != 3 || !end[ 2 ].equals( Journal.sha256( body ) ) )
			throw damaged( file, "its last line does not match its content: it was cut short or changed" );
		final List< String > records = Arrays.asList( body.split( "\n", -1 ) );
		final Map< String, String > header = new TreeMap<>();
		final List< String > arguments = new ArrayList<>(), lines = new ArrayList<>();
		for ( final String record : records.subList( 1, records.size() - 1 ) )
		{
			final int tab = record.indexOf( '\t' );
			final String kind = tab < 0 ? record : record.substring( 0, tab ), value = tab < 0 ? "" : record.substring( tab + 1 );
			if ( kind.equals( ITEM ) )
				lines.add( record );
			else if ( kind.equals( ARGUMENT ) )
				arguments.add( Journal.unescape( value ) );
			else if ( kind.equals( SETTINGS ) || kind.equals( SHARD ) || kind.equals( DIRECTORY ) )
				header.put( kind, value );
			else
				throw damaged( file, "it has a line '" + kind + "' that no partial result has" );
		}
		if ( header.size() != 3 || !end[ 1 ].equals( Integer.toString( lines.size() ) ) )
			throw damaged( file, "its header or its number of items is wrong" );
		final Shard shard;
		try
		{
			shard = Shard.parse( header.get( SHARD ) );
		}
		catch ( final PdPlaneException e )
		{
			throw damaged( file, e.getMessage() );
		}
		return new PartialResult( file, header.get( SETTINGS ), shard, Journal.unescape( header.get( DIRECTORY ) ), arguments, lines );
	}

	private static PdPlaneException damaged( final Path file, final String why )
	{
		return new PdPlaneException( "The partial result '" + file + "' is damaged (" + why + "): run its shard again." );
	}

	/**
	 * The item lines of every shard of one run, after checking that the partial results are of one run (the same
	 * settings digest, arguments and number of shards) and complete (every shard once).
	 *
	 * @throws PdPlaneException
	 *             naming the files that differ, a shard given twice or the shards missing
	 */
	public static List< String > combine( final List< PartialResult > partials )
	{
		if ( partials.isEmpty() )
			throw new PdPlaneException( "Give the partial results of every shard (the " + EXTENSION + " files)." );
		final PartialResult first = partials.get( 0 );
		final int count = first.shard.count();
		final PartialResult[] byShard = new PartialResult[ count ];
		for ( final PartialResult p : partials )
		{
			if ( p.shard.count() != count )
				throw new PdPlaneException( "The partial results are of different splits: " + name( first ) + " is shard " + first.shard + ", "
						+ name( p ) + " is shard " + p.shard + ". Give the " + count + " shards of one run." );
			if ( !p.settingsDigest.equals( first.settingsDigest ) || !p.arguments.equals( first.arguments ) )
				throw new PdPlaneException( "The partial results " + name( first ) + " and " + name( p ) + " are of different runs (their"
						+ " settings differ: inputs, metrics, preparation, models or arguments). " + name( first ) + ": " + String.join( " ",
								first.arguments ) + ". " + name( p ) + ": " + String.join( " ", p.arguments ) + "." );
			final PartialResult twice = byShard[ p.shard.index() - 1 ];
			if ( twice != null )
				throw new PdPlaneException( "Shard " + p.shard + " is given twice: " + name( twice ) + " and " + name( p ) + "." );
			byShard[ p.shard.index() - 1 ] = p;
		}
		final List< String > missing = new ArrayList<>();
		for ( int k = 0; k < count; k++ )
			if ( byShard[ k ] == null )
				missing.add( ( k + 1 ) + "/" + count );
		if ( !missing.isEmpty() )
			throw new PdPlaneException( ( missing.size() == 1 ? "Shard " + missing.get( 0 ) + " is" : "Shards " + String.join( ", ", missing )
					+ " are" ) + " missing: give the partial results of all " + count + " shards (" + fileName( Shard.parse( "1/" + count ) )
					+ " to " + fileName( Shard.parse( count + "/" + count ) ) + ")." );
		final List< String > lines = new ArrayList<>();
		for ( final PartialResult p : byShard )
			lines.addAll( p.lines );
		return lines;
	}

	private static String name( final PartialResult p )
	{
		return p.file == null ? "shard " + p.shard : "'" + p.file + "'";
	}
}
