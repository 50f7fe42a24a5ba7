package io.github.pdplane.io;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.github.pdplane.PdPlaneException;

/**
 * What is wrong with an input path that cannot be used, said precisely: "does not exist" alone was the
 * message for a file under a file ({@code notes.txt/a.png}), for a folder argument that is a file, and
 * for a name the locale cannot spell.
 */
public final class InputPaths
{
	private InputPaths()
	{}

	/** The encoding the JVM turns file names into text with (the locale's: ASCII under {@code LANG=C}). */
	static String nameEncoding()
	{
		final String jnu = System.getProperty( "sun.jnu.encoding" );
		return jnu != null ? jnu : Charset.defaultCharset().name();
	}

	/** What to do about a name the locale cannot spell. */
	private static String localeAdvice()
	{
		if ( "UTF-8".equalsIgnoreCase( nameEncoding() ) )
			return "file names are read as UTF-8 here, and this one is not valid UTF-8: rename it";
		return "file names are read in this locale's encoding (" + nameEncoding() + "): run with a UTF-8 locale (for example"
				+ " LC_ALL=C.UTF-8) or rename it";
	}

	/**
	 * A path as the user wrote it.
	 *
	 * @throws PdPlaneException
	 *             where the text cannot be a file name here, naming the locale where that is the cause
	 */
	public static Path of( final String text )
	{
		try
		{
			return Paths.get( text );
		}
		catch ( final InvalidPathException e )
		{
			if ( text.indexOf( '\uFFFD' ) >= 0 || !Charset.forName( nameEncoding() ).newEncoder().canEncode( text ) )
				throw new PdPlaneException( "'" + text + "' cannot be opened: its name has characters this locale cannot read or write; "
						+ localeAdvice() + "." );
			throw new PdPlaneException( "'" + text + "' is not a valid file name: " + e.getReason() + "." );
		}
	}

	/**
	 * Where a file of a folder listing has a name that cannot be turned into text and back (bytes the
	 * locale's encoding cannot read), why: such a file cannot be opened by name (ImageJ's readers take a
	 * name), so it is reported rather than taken for a missing or foreign file. Null for a usable name.
	 */
	public static String unreadableName( final Path listed )
	{
		final String text = listed.toString();
		try
		{
			if ( listed.getFileSystem().getPath( text ).equals( listed ) )
				return null;
		}
		catch ( final InvalidPathException e )
		{
			// the text holds replacement characters the encoding cannot write back
		}
		return "its name is not readable in this locale; " + localeAdvice();
	}

	/**
	 * The message for an input that is not there: {@code 'x' does not exist}, and why where more is known:
	 * which part of its path is a file where a folder was needed, or that its name is not readable in this
	 * locale.
	 *
	 * @param shown
	 *            the path as the user gave it
	 */
	public static String missing( final Path path, final String shown )
	{
		if ( shown.indexOf( '\uFFFD' ) >= 0 )
			return "'" + shown + "' does not exist as written: its name has characters this locale cannot read; " + localeAdvice() + ".";
		for ( Path above = path.toAbsolutePath().getParent(); above != null; above = above.getParent() )
			if ( Files.exists( above ) )
			{
				if ( !Files.isDirectory( above ) )
					return "'" + shown + "' does not exist: '" + above + "' is a file, not a folder.";
				break;
			}
		return "'" + shown + "' does not exist.";
	}
}
