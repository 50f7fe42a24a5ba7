package io.github.pdplane;

/**
 * An error the user can cause and fix: a bad image, a bad parameter, a missing model file.
 * <p>
 * The message is complete and user-facing (which input, which rule); front ends show it as it is
 * (dialog, log line, standard error) and never as a stack trace. Programming errors stay ordinary
 * runtime exceptions.
 */
public class PdPlaneException extends RuntimeException
{
	private static final long serialVersionUID = 1L;

	public PdPlaneException( final String message )
	{
		super( message );
	}

	public PdPlaneException( final String message, final Throwable cause )
	{
		super( message, cause );
	}
}
