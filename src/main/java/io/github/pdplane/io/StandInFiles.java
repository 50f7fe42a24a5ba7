package io.github.pdplane.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises the files that stand where a model or weight file was expected but hold something else: the
 * web page a server or a proxy sends instead of the file (a sign-in, error or "file too large to scan"
 * page), and the Git LFS pointer a repository keeps in place of a large file. Both are common outcomes of
 * fetching a model by hand or by a script; naming them tells the user what to do, where "not a MAT-file"
 * would not.
 */
public final class StandInFiles
{
	/** The bytes at the start of a file that tell. */
	public static final int PROBE_BYTES = 64;

	/** What {@link #describe} calls them. */
	public static final String WEB_PAGE = "a web page", GIT_LFS_POINTER = "a Git LFS pointer";

	private StandInFiles()
	{}

	/**
	 * What a file's first bytes say it is, if it is a stand-in.
	 *
	 * @param start
	 *            the file's first bytes ({@link #PROBE_BYTES} are enough; fewer for a shorter file)
	 * @return {@link #WEB_PAGE}, {@link #GIT_LFS_POINTER}, or {@code null} for anything else
	 */
	public static String describe( final byte[] start )
	{
		final String text = new String( start, 0, Math.min( start.length, PROBE_BYTES ), StandardCharsets.ISO_8859_1 ).trim()
				.toLowerCase( Locale.ROOT );
		if ( text.startsWith( "version https://git-lfs" ) )
			return GIT_LFS_POINTER;
		if ( text.startsWith( "<!doctype html" ) || text.startsWith( "<html" ) )
			return WEB_PAGE;
		return null;
	}

	/** {@link #describe(byte[])} of a file's first bytes; {@code null} also where the file cannot be read. */
	public static String describe( final Path file )
	{
		try (InputStream in = Files.newInputStream( file ))
		{
			return describe( InputStreams.readUpTo( in, PROBE_BYTES ) );
		}
		catch ( final IOException e )
		{
			return null;
		}
	}
}
