package io.github.pdplane.cli;

import io.github.pdplane.PdPlaneException;

/**
 * The command line itself is wrong (unknown option, missing or malformed value, bad metric id), as
 * opposed to an input image: exit code {@link Main#USAGE}, nothing has been read or written.
 */
final class UsageException extends PdPlaneException
{
	private static final long serialVersionUID = 1L;

	UsageException( final String message )
	{
		super( message );
	}
}
