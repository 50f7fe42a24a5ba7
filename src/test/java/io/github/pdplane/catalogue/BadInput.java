package io.github.pdplane.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One kind of bad input in the {@link BadInputCatalogue}: what a person gave, what PD Plane must answer (refuse
 * with exit 1, refuse as a usage error with exit 2, or score with a warning), and the words of that answer: the
 * input it names and the rule it states. The fixture writes the input into a fresh folder and says how each entry
 * point takes it.
 */
public final class BadInput
{
	/** What PD Plane does with the input, with the command line's exit code for it. */
	public enum Outcome
	{
		/** Refused: a message naming the input and the rule; exit 1 on the command line. */
		REFUSED( 1 ),
		/** Refused before any work as a usage error; exit 2 on the command line. */
		USAGE( 2 ),
		/** Scored, with a warning naming the input and the rule; exit 0. */
		WARNED( 0 );

		public final int exit;

		Outcome( final int exit )
		{
			this.exit = exit;
		}
	}

	/** Writes the bad input into an empty folder and says how each entry point takes it. */
	@FunctionalInterface
	public interface Fixture
	{
		Invocation make( Path dir ) throws IOException;
	}

	/**
	 * A bad input as the entry points take it: the command line's arguments, and where the input is a pair of
	 * images (or one image for a no-reference metric), that {@link Pair} for the library, the SciJava commands and
	 * the macros.
	 */
	public static final class Invocation
	{
		public final List< String > arguments;

		/** The images and settings, or null where the input is not a pair of image files. */
		public final Pair pair;

		/** The text the message must contain to name the input: a file name, an option, a value. */
		public final String named;

		private Invocation( final List< String > arguments, final Pair pair, final String named )
		{
			this.arguments = Collections.unmodifiableList( arguments );
			this.pair = pair;
			this.named = named;
		}

		/** Command-line arguments only; {@code named} is what the message names. */
		public static Invocation arguments( final String named, final String... arguments )
		{
			return new Invocation( Arrays.asList( arguments ), null, named );
		}

		/** A pair of image files, scored by every entry point; the message names the restored image's file name. */
		public static Invocation pair( final Pair pair )
		{
			return new Invocation( pair.commandLine(), pair, pair.blamed.getFileName().toString() );
		}
	}

	/** The metric, the images and the settings of a pair (or single image) that every entry point can score. */
	public static final class Pair
	{
		public final String metric;

		/** The reference, or null for a no-reference metric. */
		public final Path reference;

		public final Path restored;

		/** The data range given, or NaN for none. */
		public final double dataRange;

		public final int shave;

		/** The file whose name the message must contain. */
		public final Path blamed;

		/** The metric's model file (NIQE's model, VGG2,2's weights), or null for its default. */
		public final Path model;

		public Pair( final String metric, final Path reference, final Path restored, final double dataRange, final int shave, final Path blamed )
		{
			this( metric, reference, restored, dataRange, shave, blamed, null );
		}

		public Pair( final String metric, final Path reference, final Path restored, final double dataRange, final int shave, final Path blamed,
				final Path model )
		{
			this.metric = metric;
			this.reference = reference;
			this.restored = restored;
			this.dataRange = dataRange;
			this.shave = shave;
			this.blamed = blamed;
			this.model = model;
		}

		/**
		 * The option (the command line's without its dashes; a macro key with '_' for '-') that gives this metric its
		 * model file: {@code niqe-model} or {@code vgg-weights}.
		 */
		public String modelOption()
		{
			switch ( metric )
			{
			case "niqe":
				return "niqe-model";
			case "vgg22":
				return "vgg-weights";
			default:
				throw new IllegalStateException( metric + " has no model file" );
			}
		}

		List< String > commandLine()
		{
			final List< String > args = new java.util.ArrayList<>( Arrays.asList( "score", "--metrics", metric, "--convention", "gray" ) );
			if ( !Double.isNaN( dataRange ) )
				args.addAll( Arrays.asList( "--data-range", Double.toString( dataRange ) ) );
			if ( shave != 0 )
				args.addAll( Arrays.asList( "--shave", Integer.toString( shave ) ) );
			if ( model != null )
				args.addAll( Arrays.asList( "--" + modelOption(), model.toString() ) );
			if ( reference != null )
				args.addAll( Arrays.asList( "--reference", reference.toString() ) );
			args.add( restored.toString() );
			return args;
		}
	}

	/** Short, stable name: the README's catalogue lists it. */
	public final String id;

	/** What the input is, as the README's catalogue says it. */
	public final String description;

	public final Outcome outcome;

	/** Words of the rule the message states (besides naming the input), each of which it must contain. */
	public final List< String > rule;

	public final Fixture fixture;

	BadInput( final String id, final String description, final Outcome outcome, final Fixture fixture, final String... rule )
	{
		this.id = id;
		this.description = description;
		this.outcome = outcome;
		this.fixture = fixture;
		this.rule = Collections.unmodifiableList( Arrays.asList( rule ) );
	}

	@Override
	public String toString()
	{
		return id;
	}
}
