package io.github.pdplane.ij;

import java.awt.Choice;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.Context;
import org.scijava.ItemVisibility;
import org.scijava.command.CommandModule;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Parameter;
import org.scijava.service.Service;

import ij.ImagePlus;
import ij.gui.GenericDialog;

/**
 * A SciJava command's inputs as a recordable ImageJ 1.x {@link GenericDialog}: the dialog is built
 * from the module's items, so the parameter list lives only in the command class. Macros fill it
 * with {@code key=value} pairs whose keys are those of {@link DialogField}.
 */
final class CommandDialog
{
	private CommandDialog()
	{}

	/**
	 * The dialog fields of a created and initialised module: its inputs without the context and services
	 * SciJava fills itself, and without invisible ones; first the data (images, files, folders), then the
	 * options, then the outputs ({@link io.github.pdplane.commands.DialogLayout#OUTPUT}), each in
	 * parameter order, a field marked {@link io.github.pdplane.commands.DialogLayout#SAME_ROW} right
	 * after the field before it. SciJava lists a superclass's parameters first, so the options every
	 * command shares ({@code io.github.pdplane.commands.PdCommand}) would otherwise come before the images.
	 */
	static List< DialogField > fields( final Module module )
	{
		final List< DialogField > data = new ArrayList<>(), options = new ArrayList<>(), outputs = new ArrayList<>();
		List< DialogField > previous = null;
		final Class< ? > command = module instanceof CommandModule ? ( ( CommandModule ) module ).getCommand().getClass() : module.getClass();
		for ( final ModuleItem< ? > item : module.getInfo().inputs() )
			if ( item.getVisibility() != ItemVisibility.INVISIBLE && !Context.class.isAssignableFrom( item.getType() )
					&& !Service.class.isAssignableFrom( item.getType() ) )
			{
				final DialogField field = DialogField.of( item, item.getValue( module ), parameter( command, item.getName() ) );
				final List< DialogField > group = field.sameRow() && previous != null ? previous
						: field.output() ? outputs : field.isData() ? data : options;
				group.add( field );
				previous = group;
			}
		data.addAll( options );
		data.addAll( outputs );
		return data;
	}

	/**
	 * GenericDialog gives a text field of more than 8 columns (a folder field too) the rest of its row,
	 * so that fields added to the same row would lie outside the packed dialog; the last component added
	 * gets one cell instead.
	 */
	private static void oneCell( final GenericDialog gd )
	{
		if ( gd.getComponentCount() == 0 || !( gd.getLayout() instanceof GridBagLayout ) )
			return;
		final GridBagLayout layout = ( GridBagLayout ) gd.getLayout();
		final Component last = gd.getComponent( gd.getComponentCount() - 1 );
		final GridBagConstraints c = layout.getConstraints( last );
		if ( c.gridwidth == GridBagConstraints.REMAINDER )
		{
			c.gridwidth = 1;
			layout.setConstraints( last, c );
		}
	}

	/** The annotation of the field {@code name} of the command class or a superclass; null for an input without a field. */
	private static Parameter parameter( final Class< ? > command, final String name )
	{
		for ( Class< ? > c = command; c != null; c = c.getSuperclass() )
			try
			{
				return c.getDeclaredField( name ).getAnnotation( Parameter.class );
			}
			catch ( final NoSuchFieldException e )
			{
				// declared in a superclass, or not a field at all
			}
		return null;
	}

	/**
	 * A file or folder field: with a display ImageJ's, with its Browse button; without one (Fiji's
	 * {@code --headless}, where ImageJ's dialog is ij1-patcher's {@code HeadlessGenericDialog}) a text field,
	 * since the headless dialog adds nothing for a file or folder field, so that reading the values back in
	 * the order they were added would take the next text field's value or fail. Both are read back with
	 * {@code getNextString}, in order among the text fields.
	 */
	private static void addPathField( final GenericDialog gd, final DialogField f, final String path )
	{
		if ( GraphicsEnvironment.isHeadless() )
			gd.addStringField( f.label(), path, 20 );
		else if ( f.kind() == DialogField.Kind.DIRECTORY )
			gd.addDirectoryField( f.label(), path );
		else
			gd.addFileField( f.label(), path );
	}

	/** How many checkboxes from {@code start} on share a row: the one there and the {@code SAME_ROW} checkboxes after it (0 for another field). */
	static int checkboxRow( final List< DialogField > fields, final int start )
	{
		if ( fields.get( start ).kind() != DialogField.Kind.BOOLEAN )
			return 0;
		int end = start + 1;
		while ( end < fields.size() && fields.get( end ).kind() == DialogField.Kind.BOOLEAN && fields.get( end ).sameRow() )
			end++;
		return end - start;
	}

	/**
	 * Checkboxes on one row as ImageJ's checkbox group: side by side, close together, rather than spread over
	 * the columns of the fields above; read back one by one with {@code getNextBoolean} as single checkboxes,
	 * and each label still gives its macro key.
	 */
	private static void addCheckboxRow( final GenericDialog gd, final List< DialogField > row )
	{
		final String[] labels = new String[ row.size() ];
		final boolean[] states = new boolean[ row.size() ];
		for ( int i = 0; i < labels.length; i++ )
		{
			labels[ i ] = row.get( i ).label();
			states[ i ] = Boolean.TRUE.equals( row.get( i ).defaultValue() );
		}
		gd.addCheckboxGroup( 1, labels.length, labels, states );
	}

	/** The dialog's Help text: what the command does, every field's macro key, and a macro call that runs it. */
	static String help( final String menuLabel, final String description, final List< DialogField > fields )
	{
		final StringBuilder html = new StringBuilder( "<html><h2>" ).append( escape( titleOf( menuLabel ) ) ).append( "</h2><p>" )
				.append( escape( description ) ).append( "</p><table>" );
		for ( final DialogField f : fields )
			if ( f.kind() != DialogField.Kind.MESSAGE )
				html.append( "<tr><td><tt>" ).append( f.key() ).append( "=</tt></td><td>" ).append( escape( f.description() ) )
						.append( f.choices().isEmpty() ? "" : " (" + escape( String.join( ", ", f.choices() ) ) + ")" ).append( "</td></tr>" );
		return html.append( "</table><p>Example (keys left out take their defaults, a checkbox left out is off):</p><p><tt>" )
				.append( escape( macroCall( menuLabel, fields ) ) ).append( "</tt></p></html>" ).toString();
	}

	/**
	 * {@code run("SSIM...", "reference=reference.png restored=restored.png");}: the command's menu entry with
	 * {@link #example} as options, a line a macro runs as it is once the images it names are open.
	 */
	static String macroCall( final String menuLabel, final List< DialogField > fields )
	{
		return "run(\"" + menuLabel + "\", \"" + example( fields ) + "\");";
	}

	/**
	 * The options of the shortest call: each required image by its key ({@code reference=reference.png}) and
	 * each field with an example value ({@link io.github.pdplane.commands.DialogLayout#EXAMPLE}), a file or
	 * text in brackets; every other key left out, so that it takes its default.
	 */
	static String example( final List< DialogField > fields )
	{
		final StringBuilder s = new StringBuilder();
		for ( final DialogField f : fields )
		{
			final boolean requiredImage = f.kind() == DialogField.Kind.IMAGE && f.required();
			if ( !requiredImage && f.example() == null )
				continue;
			if ( s.length() > 0 )
				s.append( ' ' );
			final String value = requiredImage ? f.key() + ".png" : f.example();
			final boolean bracketed = f.kind() == DialogField.Kind.FILE || f.kind() == DialogField.Kind.DIRECTORY || f.kind() == DialogField.Kind.TEXT
					|| value.contains( " " );
			s.append( f.key() ).append( '=' ).append( bracketed ? "[" + value + "]" : value );
		}
		return s.toString();
	}

	/** {@code "Evaluate Algorithms"} of the menu entry {@code "Evaluate Algorithms..."}: ImageJ's dialog titles drop the dots. */
	static String titleOf( final String menuLabel )
	{
		return menuLabel.endsWith( "..." ) ? menuLabel.substring( 0, menuLabel.length() - 3 ) : menuLabel;
	}

	/**
	 * Which open image each required image input starts with: the last (the restored image, the one scored)
	 * the active one, since that is the image a person works on; the ones before it the other open images,
	 * oldest first (the reference beside it), the active one again where there are no others.
	 *
	 * @param active
	 *            the index of the active image among the open ones, -1 where none is (then the newest)
	 * @return for each required image input in order, the index of its open image
	 */
	static int[] imageDefaults( final int requiredInputs, final int openImages, final int active )
	{
		final int[] chosen = new int[ requiredInputs ];
		if ( openImages == 0 )
			return chosen;
		final int current = active >= 0 && active < openImages ? active : openImages - 1;
		int other = 0;
		for ( int i = 0; i < requiredInputs - 1; i++ )
		{
			while ( other == current )
				other++;
			chosen[ i ] = other < openImages ? other++ : current;
		}
		if ( requiredInputs > 0 )
			chosen[ requiredInputs - 1 ] = current;
		return chosen;
	}

	private static String escape( final String s )
	{
		return s.replace( "&", "&amp;" ).replace( "<", "&lt;" ).replace( ">", "&gt;" );
	}

	/**
	 * Shows the dialog (in a macro: reads the macro's options) and returns the inputs by parameter
	 * name, or null where the user cancelled.
	 *
	 * @param menuLabel
	 *            the command's menu entry ({@code "SSIM..."}), for the title and the Help's example
	 * @param images
	 *            the open images, in the order offered
	 * @param active
	 *            the index of the active image among them, or -1: the images' defaults, see {@link #imageDefaults}
	 * @param problems
	 *            receives values the command cannot take (the inputs are then incomplete)
	 */
	static Map< String, Object > show( final String menuLabel, final String description, final List< DialogField > fields,
			final List< ImagePlus > images, final int active, final List< String > problems )
	{
		final String[] titles = new String[ images.size() ];
		for ( int i = 0; i < titles.length; i++ )
			titles[ i ] = images.get( i ).getTitle();
		final String[] optionalTitles = new String[ titles.length + 1 ];
		optionalTitles[ 0 ] = DialogField.NONE;
		System.arraycopy( titles, 0, optionalTitles, 1, titles.length );
		int requiredImages = 0;
		for ( final DialogField f : fields )
			if ( f.kind() == DialogField.Kind.IMAGE && f.required() )
				requiredImages++;
		final int[] imageDefaults = imageDefaults( requiredImages, titles.length, active );
		final BoundedImageLists gd = new BoundedImageLists( titleOf( menuLabel ) );
		int imageInputs = 0;
		for ( int i = 0; i < fields.size(); i++ )
		{
			final DialogField f = fields.get( i );
			final Object v = f.defaultValue();
			final int checkboxes = checkboxRow( fields, i );
			if ( checkboxes > 1 )
			{
				addCheckboxRow( gd, fields.subList( i, i + checkboxes ) );
				i += checkboxes - 1;
				continue;
			}
			if ( f.sameRow() )
			{
				oneCell( gd );
				gd.addToSameRow();
			}
			switch ( f.kind() )
			{
			case IMAGE:
				if ( f.required() )
					gd.addImageList( f.label(), titles, titles[ imageDefaults[ imageInputs++ ] ] );
				else
					gd.addImageList( f.label(), optionalTitles, DialogField.NONE );
				break;
			case CHOICE:
				gd.addChoice( f.label(), f.choices().toArray( new String[ 0 ] ), f.choices().contains( v ) ? ( String ) v : f.choices().get( 0 ) );
				break;
			case TEXT:
				gd.addStringField( f.label(), v == null ? "" : ( String ) v, f.sameRow() ? 12 : 20 );
				break;
			case FILE:
			case DIRECTORY:
				addPathField( gd, f, v == null ? "" : ( ( File ) v ).getPath() );
				break;
			case BOOLEAN:
				gd.addCheckbox( f.label(), Boolean.TRUE.equals( v ) );
				break;
			case INTEGER:
			case DECIMAL:
				final double d = v == null ? 0 : ( ( Number ) v ).doubleValue();
				gd.addNumericField( f.label(), d, f.kind() == DialogField.Kind.INTEGER || d == Math.rint( d ) ? 0 : 6, 6, f.note().isEmpty() ? null
						: f.note() );
				break;
			case MESSAGE:
				gd.addMessage( v == null ? f.description() : v.toString() );
				break;
			default:
				throw new IllegalStateException( f.kind().toString() );
			}
		}
		gd.addHelp( help( menuLabel, description, fields ) );
		gd.showDialog();
		if ( gd.wasCanceled() )
			return null;
		final Map< String, Object > inputs = new LinkedHashMap<>();
		for ( final DialogField f : fields )
		{
			switch ( f.kind() )
			{
			case IMAGE:
				final int index = gd.getNextChoiceIndex();
				inputs.put( f.name(), f.required() ? images.get( index ) : index == 0 ? null : images.get( index - 1 ) );
				break;
			case CHOICE:
				inputs.put( f.name(), gd.getNextChoice() );
				break;
			case TEXT:
				inputs.put( f.name(), gd.getNextString() );
				break;
			case FILE:
			case DIRECTORY:
				final String path = gd.getNextString().trim();
				inputs.put( f.name(), path.isEmpty() ? null : new File( path ) );
				break;
			case BOOLEAN:
				inputs.put( f.name(), gd.getNextBoolean() );
				break;
			case INTEGER:
			case DECIMAL:
				final Object number = f.toNumber( gd.getNextNumber(), problems );
				if ( number != null )
					inputs.put( f.name(), number );
				break;
			default:
				break;
			}
		}
		return inputs;
	}

	/**
	 * A dialog whose lists of open images are at most {@value #MAX_IMAGE_LIST_WIDTH} pixels wide. AWT sizes a
	 * list by its longest entry, and an image titled by a long path would widen the dialog past the screen; the
	 * list still opens on whole titles, and macros and the recorder still see them.
	 */
	private static final class BoundedImageLists extends GenericDialog
	{
		static final int MAX_IMAGE_LIST_WIDTH = 360;

		private static final long serialVersionUID = 1L;

		private final List< Choice > imageLists = new ArrayList<>();

		BoundedImageLists( final String title )
		{
			super( title );
		}

		void addImageList( final String label, final String[] titles, final String selected )
		{
			addChoice( label, titles, selected );
			if ( getChoices() != null && !getChoices().isEmpty() )
				imageLists.add( ( Choice ) getChoices().lastElement() );
		}

		/** Called by {@link #showDialog()} once the dialog is laid out, before it is shown. */
		@Override
		protected void setup()
		{
			boolean narrowed = false;
			for ( final Choice list : imageLists )
			{
				final Dimension size = list.getPreferredSize();
				if ( size.width > MAX_IMAGE_LIST_WIDTH )
				{
					list.setPreferredSize( new Dimension( MAX_IMAGE_LIST_WIDTH, size.height ) );
					narrowed = true;
				}
			}
			if ( narrowed )
			{
				final int centre = getX() + getWidth() / 2;
				pack();
				setLocation( Math.max( 0, centre - getWidth() / 2 ), getY() );
			}
		}
	}
}
