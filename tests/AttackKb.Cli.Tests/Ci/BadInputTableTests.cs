using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// The README's "Bad input" table is a promise: each row names a class of bad input, the codes it gets and the case
/// folder that proves it. This holds the table to it — every folder exists with its golden report, and every code
/// in the row is in the catalog and in that golden.
/// </summary>
public partial class BadInputTableTests
{
    public static TheoryData<string, string, string> Rows()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int start = readme.IndexOf("\n## Bad input", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no '## Bad input' section");
        int end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var data = new TheoryData<string, string, string>();
        foreach (string line in readme[start..end].Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)))
        {
            var cells = line.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            if (cells.Length < 4 || cells[0] == "class" || cells[0].StartsWith("---", StringComparison.Ordinal)) continue;
            data.Add(cells[0], cells[1], cells[^1].Trim('`'));
        }
        return data;
    }

    [Fact]
    public void The_table_has_rows()
    {
        Assert.True(Rows().Count() >= 20, "the README's Bad input table lists too few classes");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_names_codes_of_the_catalog_that_its_case_folder_reports(string @class, string codes, string folder)
    {
        string path = Path.Combine(RepoPaths.Root, folder);
        string golden = Directory.Exists(path) ? Path.Combine(path, "expected.txt") : path;
        Assert.True(File.Exists(golden), $"{@class}: no golden report at {folder}");
        string report = File.ReadAllText(golden);
        var ids = Code().Matches(codes).Select(m => m.Value).ToArray();
        Assert.NotEmpty(ids);
        foreach (string id in ids)
        {
            Assert.True(DiagnosticCatalog.Find(id) is not null, $"{@class}: {id} is not a diagnostic code");
            Assert.True(report.Contains(id, StringComparison.Ordinal), $"{@class}: {id} does not appear in {folder}");
        }
    }

    [GeneratedRegex(@"AKB\d{4}")]
    private static partial Regex Code();
}
