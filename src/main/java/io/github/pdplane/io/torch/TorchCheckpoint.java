package io.github.pdplane.io.torch;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.io.InputStreams;

/**
 * A state dict written by {@code torch.save} ({@code .pth}, {@code .pt}), read without Python and without
 * running anything the file names: in both containers PyTorch has used (the zip archive since 1.6, the
 * legacy sequence of pickles before, which torchvision's older downloads still are), through a pickle reader
 * that builds only plain values, tensors and storages and refuses every other Python global.
 * <p>
 * Only the tensors a caller wants are read, and only the storage elements they span, so a 548 MB file costs
 * the megabyte asked for; the shapes of all tensors are known for messages. Damaged, truncated, forged or
 * foreign files give a {@link PdPlaneException} naming the file; no other exception escapes. Immutable.
 */
public final class TorchCheckpoint
{
	/** Bytes looked at to tell a zip archive from a pickle, a web page or anything else. */
	private static final int HEAD = 1024;

	private final String container;

	private final Map< String, int[] > shapes;

	private final Map< String, TorchTensor > tensors;

	private TorchCheckpoint( final String container, final Map< String, int[] > shapes, final Map< String, TorchTensor > tensors )
	{
		this.container = container;
		this.shapes = shapes;
		this.tensors = tensors;
	}

	/**
	 * Reads a state dict and the values of the tensors whose keys {@code wanted} accepts.
	 *
	 * @throws PdPlaneException
	 *             for a missing, unreadable, damaged or truncated file, one that is not a state dict (a web page,
	 *             a whole pickled model, ...), a pickle naming other Python globals, or a wanted tensor of a
	 *             type other than float32, float64, float16 or bfloat16; the message names the file
	 */
	public static TorchCheckpoint read( final Path file, final Predicate< String > wanted )
	{
		final String shown = "'" + file + "'";
		try
		{
			return readFile( file, shown, wanted );
		}
		catch ( final PdPlaneException e )
		{
			throw e;
		}
		catch ( final NoSuchFileException e )
		{
			throw new PdPlaneException( shown + " does not exist.", e );
		}
		catch ( final EOFException e )
		{
			throw new PdPlaneException( shown + " is truncated or damaged: its data end before they should. Download or save it again.", e );
		}
		catch ( final IOException e )
		{
			throw new PdPlaneException( shown + " cannot be read: " + ( e.getMessage() == null ? e.toString() : e.getMessage() ), e );
		}
		catch ( final StackOverflowError e )
		{
			throw new PdPlaneException( shown + " is damaged or is not a PyTorch state dict: its pickle refers to itself or nests too deeply.", e );
		}
		catch ( final RuntimeException e )
		{
			throw new PdPlaneException( shown + " is damaged or is not a PyTorch state dict: it could not be read (" + e + ").", e );
		}
		catch ( final OutOfMemoryError e )
		{
			throw new PdPlaneException( shown + " is too large to read in the memory available.", e );
		}
	}

	private static TorchCheckpoint readFile( final Path file, final String shown, final Predicate< String > wanted ) throws IOException
	{
		if ( Files.isDirectory( file ) )
			throw new PdPlaneException( shown + " is a folder, not a PyTorch file." );
		final byte[] head = head( file );
		if ( head.length == 0 )
			throw new PdPlaneException( shown + " is empty: it is not a PyTorch file. Download or save it again." );
		if ( startsWith( head, 'P', 'K', 3, 4 ) || startsWith( head, 'P', 'K', 5, 6 ) )
			try (ZipFile zip = new ZipFile( file.toFile() ))
			{
				return assemble( ZipContainer.open( zip, shown ), shown, wanted );
			}
			catch ( final ZipException e )
			{
				throw new PdPlaneException( shown + " is a damaged or truncated zip archive (" + e.getMessage() + "). Download or save it"
						+ " again.", e );
			}
		if ( ( head[ 0 ] & 0xff ) == Unpickler.PROTO )
			try (SeekableByteChannel channel = Files.newByteChannel( file ))
			{
				return assemble( LegacyContainer.open( channel, shown ), shown, wanted );
			}
		throw new PdPlaneException( shown + " " + notPyTorch( head ) );
	}

	private static byte[] head( final Path file ) throws IOException
	{
		try (InputStream in = Files.newInputStream( file ))
		{
			return InputStreams.readUpTo( in, HEAD );
		}
	}

	private static boolean startsWith( final byte[] head, final int... bytes )
	{
		if ( head.length < bytes.length )
			return false;
		for ( int i = 0; i < bytes.length; i++ )
			if ( ( head[ i ] & 0xff ) != bytes[ i ] )
				return false;
		return true;
	}

	/** What a file that is neither a zip archive nor a pickle is, as well as its first bytes tell. */
	private static String notPyTorch( final byte[] head )
	{
		final String text = new String( head, StandardCharsets.ISO_8859_1 );
		final String start = text.replace( "\u00ef\u00bb\u00bf", "" ).trim().toLowerCase( Locale.ROOT );
		if ( start.startsWith( "<!doctype html" ) || start.startsWith( "<html" ) || start.startsWith( "<" ) && start.contains( "<html" ) )
			return "is a web page, not a PyTorch file: the download saved a page (an error or sign-in page?) instead of the weights."
					+ " Download the file itself.";
		if ( text.length() > 262 && text.startsWith( "ustar", 257 ) )
			return "is a tar archive: the oldest torch.save format, which PD Plane does not read. Load it in Python and save it again with"
					+ " torch.save(torch.load(file), new_file).";
		final StringBuilder bytes = new StringBuilder();
		for ( int i = 0; i < Math.min( 8, head.length ); i++ )
			bytes.append( String.format( " %02x", head[ i ] & 0xff ) );
		return "is not a PyTorch file: it is neither a zip archive (torch.save since PyTorch 1.6) nor a pickle (torch.save before);"
				+ " it starts with the bytes" + bytes + ".";
	}

	/** The state dict's tensors, their shapes checked, the wanted ones read. */
	private static TorchCheckpoint assemble( final CheckpointContainer container, final String file, final Predicate< String > wanted )
			throws IOException
	{
		final Object root = container.stateDict();
		if ( !( root instanceof Map ) )
			throw new PdPlaneException( file + " holds " + Unpickler.describe( root ) + ", not a state dict of tensors. Save one with"
					+ " torch.save(model.state_dict(), file)." );
		final Map< String, PickledTensor > pickled = new LinkedHashMap<>();
		final Map< String, int[] > shapes = new LinkedHashMap<>();
		for ( final Map.Entry< ?, ? > entry : ( ( Map< ?, ? > ) root ).entrySet() )
			if ( entry.getValue() instanceof PickledTensor )
			{
				if ( !( entry.getKey() instanceof String ) )
					throw Unpickler.malformed( file, "a tensor's key is " + Unpickler.describe( entry.getKey() ) );
				final String key = ( String ) entry.getKey();
				final PickledTensor tensor = ( PickledTensor ) entry.getValue();
				pickled.put( key, tensor );
				shapes.put( key, tensor.checkedShape( key, file ) );
			}
		if ( shapes.isEmpty() )
			throw new PdPlaneException( file + " holds a dict without tensors" + keys( ( Map< ?, ? > ) root ) + ", not a state dict. For a"
					+ " training checkpoint, save its model's state dict with torch.save(model.state_dict(), file)." );
		final Map< String, TorchTensor > tensors = new LinkedHashMap<>();
		for ( final Map.Entry< String, PickledTensor > entry : pickled.entrySet() )
			if ( wanted.test( entry.getKey() ) )
				tensors.put( entry.getKey(), values( entry.getKey(), shapes.get( entry.getKey() ), entry.getValue(), container, file ) );
		return new TorchCheckpoint( container.name(), Collections.unmodifiableMap( shapes ), Collections.unmodifiableMap( tensors ) );
	}

	private static String keys( final Map< ?, ? > dict )
	{
		if ( dict.isEmpty() )
			return " (it is empty)";
		return " (its keys: " + dict.keySet().stream().limit( 10 ).map( Unpickler::describe ).collect( Collectors.joining( ", " ) )
				+ ( dict.size() > 10 ? ", ..." : "" ) + ")";
	}

	private static TorchTensor values( final String key, final int[] shape, final PickledTensor tensor, final CheckpointContainer container,
			final String file ) throws IOException
	{
		final StorageType type = tensor.storage().type();
		if ( !type.decoded() )
			throw new PdPlaneException( file + ": tensor '" + key + "' holds " + type + " values; PD Plane reads tensors of float32, float64,"
					+ " float16 and bfloat16." );
		final int span = tensor.spanLength();
		if ( ( long ) span * type.elementSize() > ByteReader.MAX_ARRAY )
			throw new PdPlaneException( file + ": tensor '" + key + "' spans " + span + " elements of " + type
					+ ", more than PD Plane reads into one array." );
		final float[] elements = span == 0 ? new float[ 0 ]
				: type.decode( container.read( tensor.storage(), tensor.firstElement(), span ), container.order() );
		return new TorchTensor( key, shape, tensor.gather( elements ) );
	}

	/** {@code "legacy"} (a sequence of pickles, torch.save before PyTorch 1.6) or {@code "zip"}. */
	public String container()
	{
		return container;
	}

	/** The shape of every tensor of the state dict, wanted or not, in the file's order (copies). */
	public Map< String, int[] > shapes()
	{
		final Map< String, int[] > copy = new LinkedHashMap<>();
		shapes.forEach( ( key, shape ) -> copy.put( key, shape.clone() ) );
		return copy;
	}

	/**
	 * A tensor that was wanted, or null when the state dict has no tensor of that key.
	 *
	 * @throws IllegalArgumentException
	 *             for a tensor of the file that the reader's predicate did not want: a programming error
	 */
	public TorchTensor tensor( final String key )
	{
		if ( shapes.containsKey( key ) && !tensors.containsKey( key ) )
			throw new IllegalArgumentException( "tensor '" + key + "' was not wanted when the file was read" );
		return tensors.get( key );
	}
}
