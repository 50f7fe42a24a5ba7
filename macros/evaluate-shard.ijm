// PD Plane example: one shard of the batch evaluation (Plugins > Perception-Distortion > Evaluate Algorithms...), for
// array jobs on a cluster with headless Fiji, one task per shard:
//   ImageJ-linux64 --headless -batch /path/to/macros/evaluate-shard.ijm "K/N;PARTS_FOLDER;IMAGES"
// IMAGES is laid out like the project's test-images/: reference/ and one folder per algorithm, paired by file name.
// The task scores only the reference images of shard K of N (a fixed share of N, by a hash of each file name) and
// writes PARTS_FOLDER/partial-K-of-N.pdpartial; no table, no plane. When every task has run, the command line puts
// the N partial results together into the files of a single run (per-image.csv, summary.csv, plane.png, plane.svg):
//   java -jar pdplane-cli.jar merge PARTS_FOLDER/partial-*-of-N.pdpartial --out RESULTS
// A task run again (a requeued job) replaces its own partial result: the key "overwrite" below says so.

argument = getArgument();
parts = split(argument, ";");
if (parts.length != 3)
	fail("Give the argument as \"K/N;PARTS_FOLDER;IMAGES\", for example \"3/8;/scratch/parts;/data/my-test-set\", not \"" + argument + "\".");
shard = parts[0];
output = parts[1];
images = parts[2];
if (!endsWith(images, File.separator))
	images = images + File.separator;
if (!File.isDirectory(images + "reference"))
	fail("'" + images + "' has no reference folder: give IMAGES with IMAGES/reference/ and one folder per algorithm.");

// The settings of macros/evaluate-test-images.ijm; the bootstrap and NSS-FD are computed by merge, over every image.
run("Evaluate Algorithms...", "reference_folder=[" + images + "reference] algorithms_folder=[" + images + "] x=rmse y=niqe"
	+ " metrics=[psnr,ssim,nss-fd] protocol=custom convention=gray shave=0 bootstrap=1000 seed=2018 output_folder=[" + output
	+ "] overwrite shard=" + shard);
print("Shard " + shard + " done.");

// Prints the reason and stops (exit("...") would open a dialog, which waits forever without a person).
function fail(message) {
	print("Error: " + message);
	exit;
}
