// PD Plane example: the batch evaluation on the perception-distortion plane (Plugins > Perception-Distortion >
// Evaluate Algorithms...) of a data set laid out like the project's test-images/: reference/ and one folder per
// algorithm, any number of them, paired by file name; x = RMSE, y = NIQE, with PSNR, SSIM and NSS-FD in the tables.
//
// Argument: "OUTPUT_FOLDER" or "OUTPUT_FOLDER;IMAGES", for example
//   java -jar ij.jar -batch /path/to/macros/evaluate-test-images.ijm "/data/pd-results;/data/my-test-set"
// Without an argument: pd-evaluate in ImageJ's temporary folder, and the project's test-images/.
// The output folder gets per-image.csv, summary.csv, plane.png and plane.svg, the files of the command line's
// evaluate; the files of an earlier run there are replaced (the key "overwrite" below says so; without it the
// command stops before scoring).
//
// Prints the tables "PD Summary" (one row per algorithm) and "PD Per Image" (one row per image), each line
// "<table>: <comma-separated cells>" after a header line of the column names; numbers with 9 decimals
// (whole numbers without).

parts = argumentsOrDefaults(getArgument());
output = parts[0];
images = parts[1];
if (!File.isDirectory(images + "reference"))
	fail("'" + images + "' has no reference folder: give \"OUTPUT_FOLDER;IMAGES\" with IMAGES/reference/ and one folder per algorithm.");

// algorithms_folder: every sub-folder of IMAGES is an algorithm, named after its folder; reference/ lies inside
// and is skipped, since it is the reference_folder.
run("Evaluate Algorithms...", "reference_folder=[" + images + "reference] algorithms_folder=[" + images + "] x=rmse y=niqe"
	+ " metrics=[psnr,ssim,nss-fd] protocol=custom convention=gray shave=0 bootstrap=1000 seed=2018 output_folder=[" + output
	+ "] overwrite");
printTable("PD Summary");
printTable("PD Per Image");

// Prints a header line of the column names and one line per row.
function printTable(title) {
	table = pdTable(title);
	headings = split(Table.headings(table), "\t");
	// Without a display the table is ImageJ's "Results", whose first, blank column is its row numbers.
	columns = newArray(0);
	for (c = 0; c < headings.length; c++)
		if (replace(headings[c], " ", "") != "")
			columns = Array.concat(columns, headings[c]);
	print(title + ": " + String.join(columns, ","));
	for (row = 0; row < Table.size(table); row++) {
		line = "";
		for (c = 0; c < columns.length; c++) {
			value = Table.get(columns[c], row, table);
			if (isNaN(value))
				cell = Table.getString(columns[c], row, table);   // a name, true/false, or NaN
			else if (value == round(value))
				cell = d2s(value, 0);
			else
				cell = d2s(value, 9);
			if (c > 0)
				line = line + ",";
			line = line + cell;
		}
		print(title + ": " + line);
	}
}

// The title under which a macro reads a PD Plane table: its window's; without a display (Fiji's --headless), where
// ImageJ's macro functions find no table by its title, "Results", into which the table is copied first.
function pdTable(title) {
	if (isOpen(title))
		return title;
	rows = call("io.github.pdplane.ij.MacroTables.toResults", title);
	return "Results";
}

function argumentsOrDefaults(argument) {
	project = projectFolder();
	parts = newArray(getDirectory("temp") + "pd-evaluate", project + File.separator + "test-images");
	if (argument != "") {
		given = split(argument, ";");
		if (given.length > 2)
			fail("Give the argument as \"OUTPUT_FOLDER\" or \"OUTPUT_FOLDER;IMAGES\", not \"" + argument + "\".");
		for (i = 0; i < given.length; i++)
			parts[i] = given[i];
	}
	if (!endsWith(parts[1], File.separator))
		parts[1] = parts[1] + File.separator;
	return parts;
}

// Prints the reason and stops (exit("...") would open a dialog, which waits forever without a person).
function fail(message) {
	print("Error: " + message);
	exit;
}

// The project folder, the parent of this macro's folder. ImageJ reports the macro's path as given on its command
// line, so a relative one (-batch macros/x.ijm, as the README runs it) is completed with the working folder.
function projectFolder() {
	path = getInfo("macro.filepath");
	if (!startsWith(path, "/") && !startsWith(path, "\\") && indexOf(path, ":") != 1)
		path = call("java.lang.System.getProperty", "user.dir") + File.separator + path;
	return File.getParent(File.getParent(path));
}
