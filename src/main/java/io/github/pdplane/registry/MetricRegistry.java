package io.github.pdplane.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.Convention;
import io.github.pdplane.image.Preparation;
import io.github.pdplane.metrics.Direction;
import io.github.pdplane.metrics.Ifc;
import io.github.pdplane.metrics.MetricKind;
import io.github.pdplane.metrics.MsSsim;
import io.github.pdplane.metrics.Psnr;
import io.github.pdplane.metrics.Rmse;
import io.github.pdplane.metrics.Ssim;
import io.github.pdplane.metrics.Vif;
import io.github.pdplane.metrics.Vifp;
import io.github.pdplane.nr.Brisque;
import io.github.pdplane.nr.BrisqueFeatures;
import io.github.pdplane.nr.Niqe;
import io.github.pdplane.nr.Piqe;
import io.github.pdplane.nr.ma.MaFeatures;
import io.github.pdplane.nr.ma.MaScore;
import io.github.pdplane.nr.ma.PerceptualIndex;
import io.github.pdplane.setlevel.SetDistances.Distance;
import io.github.pdplane.vgg.Vgg22;

/**
 * The one list of metrics. The CLI's {@code --metrics}, the commands, the batch evaluation, the
 * chart's axis labels and the README's table all read it; a new metric is one class and one line here.
 */
public final class MetricRegistry
{
	private static final String SSIM_CITATION = "Z. Wang, A. C. Bovik, H. R. Sheikh and E. P. Simoncelli, \"Image quality assessment: "
			+ "from error visibility to structural similarity\", IEEE Trans. Image Processing 13(4):600-612, 2004";

	private static final String VIF_CITATION = "H. R. Sheikh and A. C. Bovik, \"Image information and visual quality\", IEEE Trans. Image "
			+ "Processing 15(2):430-444, 2006";

	private static final String SET_CITATION = "between the Gaussians of the pooled NIQE block features (Mittal, Soundararajan and Bovik, "
			+ "IEEE Signal Processing Letters 20(3), 2013) of the restored set and of the reference set: the divergence d(p_X, p_Xhat) of "
			+ "Y. Blau and T. Michaeli, \"The perception-distortion tradeoff\", CVPR 2018, measured directly";

	private static final List< MetricDescriptor > ALL = Collections.unmodifiableList( Arrays.asList(
			new MetricDescriptor( "rmse", "RMSE", MetricKind.FULL_REFERENCE, Direction.LOWER_IS_BETTER, Convention.GRAY,
					1, "one pixel",
					"root mean squared error; over a set, the PIRM 2018 root of the mean MSE (Blau et al., ECCV Workshops 2018)",
					s -> new Rmse() ),
			new MetricDescriptor( "psnr", "PSNR", MetricKind.FULL_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					1, "one pixel",
					"10 log10(L^2/MSE) (Huynh-Thu and Ghanbari, Electronics Letters 44(13), 2008)",
					s -> new Psnr() ),
			new MetricDescriptor( "ssim", "SSIM", MetricKind.FULL_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					Ssim.WINDOW, "its " + Ssim.WINDOW + "x" + Ssim.WINDOW + " Gaussian window",
					SSIM_CITATION,
					s -> new Ssim( s.ssimDownsample() ) ),
			new MetricDescriptor( "ms-ssim", "MS-SSIM", MetricKind.FULL_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					MsSsim.MINIMUM_SIZE, MsSsim.SCALES + " scales of its " + Ssim.WINDOW + "x" + Ssim.WINDOW + " window",
					"Z. Wang, E. P. Simoncelli and A. C. Bovik, \"Multiscale structural similarity for image quality assessment\", "
							+ "37th Asilomar Conference on Signals, Systems and Computers, 2003",
					s -> new MsSsim( s.msSsimVariant() ) ),
			new MetricDescriptor( "vif", "VIF", MetricKind.FULL_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					Vif.MINIMUM_SIZE, Vif.MINIMUM_SIZE_REASON,
					VIF_CITATION + "; wavelet domain, the LIVE release vifvec.m",
					s -> new Vif() ),
			new MetricDescriptor( "vifp", "VIFp", MetricKind.FULL_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					Vifp.MINIMUM_SIZE, Vifp.MINIMUM_SIZE_REASON,
					VIF_CITATION + "; pixel domain, the LIVE release vifp_mscale.m",
					s -> new Vifp() ),
			new MetricDescriptor( "ifc", "IFC", MetricKind.FULL_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					Vif.MINIMUM_SIZE, Vif.MINIMUM_SIZE_REASON,
					"H. R. Sheikh, A. C. Bovik and G. de Veciana, \"An information fidelity criterion for image quality assessment using "
							+ "natural scene statistics\", IEEE Trans. Image Processing 14(12):2117-2128, 2005; the LIVE release ifcvec.m",
					s -> new Ifc() ),
			new MetricDescriptor( Vgg22.ID, "VGG2,2", MetricKind.FULL_REFERENCE, Direction.LOWER_IS_BETTER, Convention.RGB,
					Vgg22.MINIMUM_SIZE, Vgg22.MINIMUM_SIZE_REASON,
					Vgg22.CITATION,
					s -> new Vgg22( s.vggWeights(), s.vggParallelism() ) ).withProvenance( Vgg22.ID + "_weights", s -> s.vggWeights()
							.description() ),
			new MetricDescriptor( "niqe", "NIQE", MetricKind.NO_REFERENCE, Direction.LOWER_IS_BETTER, Convention.GRAY,
					s -> 2 * s.niqeBlockSize(), s -> Niqe.minimumSizeReason( s.niqeBlockSize() ),
					Niqe.CITATION,
					s -> new Niqe( s.niqeModel() ) ),
			new MetricDescriptor( Brisque.ID, "BRISQUE", MetricKind.NO_REFERENCE, Direction.LOWER_IS_BETTER, Convention.GRAY,
					BrisqueFeatures.MINIMUM_SIZE, BrisqueFeatures.minimumSizeReason(),
					Brisque.CITATION,
					s -> new Brisque() ),
			new MetricDescriptor( Piqe.ID, "PIQE", MetricKind.NO_REFERENCE, Direction.LOWER_IS_BETTER, Convention.GRAY,
					1, "none: partial 16x16 blocks are padded by replication, as MATLAB's piqe pads them",
					Piqe.CITATION,
					s -> new Piqe() ),
			new MetricDescriptor( MaScore.ID, "Ma", MetricKind.NO_REFERENCE, Direction.HIGHER_IS_BETTER, Convention.GRAY,
					MaFeatures.MINIMUM_SIZE, MaFeatures.minimumSizeReason(),
					MaScore.CITATION,
					s -> new MaScore( s.maModel() ) ),
			new MetricDescriptor( PerceptualIndex.ID, "PI", MetricKind.NO_REFERENCE, Direction.LOWER_IS_BETTER, Convention.Y, PerceptualIndex.PIRM_SHAVE,
					s -> Math.max( 2 * s.niqeBlockSize(), MaFeatures.MINIMUM_SIZE ),
					s -> 2 * s.niqeBlockSize() >= MaFeatures.MINIMUM_SIZE ? "NIQE's " + Niqe.minimumSizeReason( s.niqeBlockSize() )
							: "Ma et al.'s " + MaFeatures.minimumSizeReason(),
					PerceptualIndex.CITATION,
					s -> new PerceptualIndex( new MaScore( s.maModel() ), new Niqe( s.niqeModel() ) ) ),
			setDistance( Distance.NIQE_REF, "NIQE's distance sqrt(d' pinv((C_1 + C_2)/2) d) " + SET_CITATION ),
			setDistance( Distance.NSS_FD, "the Frechet distance |mu_1 - mu_2|^2 + tr(C_1 + C_2 - 2 (C_1 C_2)^(1/2)) (Dowson and Landau, "
					+ "J. Multivariate Analysis 12(3), 1982; the formula of FID, Heusel et al., NeurIPS 2017) " + SET_CITATION ) ) );

	private MetricRegistry()
	{}

	/** A set-level distance on NIQE block features of the block size of the NIQE model in the settings. */
	private static MetricDescriptor setDistance( final Distance distance, final String citation )
	{
		return new MetricDescriptor( distance.id(), distance.displayName(), MetricKind.SET_LEVEL, Direction.LOWER_IS_BETTER, Convention.GRAY,
				s -> s.niqeBlockSize(), s -> "one " + s.niqeBlockSize() + "x" + s.niqeBlockSize() + " NIQE block, whose features join its set",
				citation, s -> distance );
	}

	/**
	 * The columns that name what some of {@code metrics} are computed with under {@code settings}, in the
	 * order of the metrics: column name to text ({@code vgg22_weights} to {@code "torchvision
	 * vgg19-dcbb9e9d.pth"}); empty where none of them needs one.
	 */
	public static Map< String, String > provenance( final List< MetricDescriptor > metrics, final MetricSettings settings )
	{
		final Map< String, String > columns = new LinkedHashMap<>();
		for ( final MetricDescriptor d : metrics )
			if ( d.provenanceColumn() != null )
				columns.put( d.provenanceColumn(), d.provenance( settings ) );
		return columns;
	}

	public static List< MetricDescriptor > all()
	{
		return ALL;
	}

	public static List< MetricDescriptor > ofKind( final MetricKind kind )
	{
		return ALL.stream().filter( d -> d.kind() == kind ).collect( Collectors.toList() );
	}

	public static String[] ids()
	{
		return ALL.stream().map( MetricDescriptor::id ).toArray( String[]::new );
	}

	public static MetricDescriptor byId( final String id )
	{
		final String wanted = id == null ? "" : id.trim().toLowerCase( Locale.ROOT );
		for ( final MetricDescriptor d : ALL )
			if ( d.id().equals( wanted ) )
				return d;
		throw new PdPlaneException( "Unknown metric '" + id + "': the metrics are " + String.join( ", ", ids() ) + "." );
	}

	/** A comma-separated list of ids ({@code "ssim,psnr"}), in the order given, without repeats. */
	public static List< MetricDescriptor > parseList( final String ids )
	{
		final List< MetricDescriptor > out = new ArrayList<>();
		for ( final String id : ids.split( "," ) )
		{
			if ( id.trim().isEmpty() )
				continue;
			final MetricDescriptor d = byId( id );
			if ( !out.contains( d ) )
				out.add( d );
		}
		if ( out.isEmpty() )
			throw new PdPlaneException( "No metric given: name one or more of " + String.join( ", ", ids() ) + "." );
		return out;
	}

	/**
	 * The convention and shave a run of {@code metrics} uses where the user names none: the reference
	 * protocol of the metrics that have one (PI's PIRM protocol: 8-bit Y, shave 4), applied to the whole run
	 * as the PIRM challenge does; otherwise, or where such metrics disagree, {@link Preparation#defaults()}.
	 * Colour (VGG2,2's rgb) is a preference, not a protocol: a run gets rgb only when every metric in it
	 * prefers it, since rgb would make the grey metrics average their channels; otherwise the colour metrics
	 * take the run's convention (VGG2,2 repeats a grey plane to three channels). The data range stays the
	 * bit depth's.
	 */
	public static Preparation defaultPreparation( final List< MetricDescriptor > metrics )
	{
		final Preparation plain = Preparation.defaults();
		if ( !metrics.isEmpty() && metrics.stream().allMatch( d -> d.defaultConvention() == Convention.RGB && d.defaultShave() == 0 ) )
			return new Preparation( Convention.RGB, 0, plain.dataRange() );
		Preparation protocol = null;
		for ( final MetricDescriptor d : metrics )
		{
			if ( d.defaultShave() == plain.shave() && ( d.defaultConvention() == plain.convention() || d.defaultConvention() == Convention.RGB ) )
				continue;
			final Preparation own = new Preparation( d.defaultConvention(), d.defaultShave(), plain.dataRange() );
			if ( protocol != null && ( protocol.convention() != own.convention() || protocol.shave() != own.shave() ) )
				return plain;
			protocol = own;
		}
		return protocol == null ? plain : protocol;
	}
}
