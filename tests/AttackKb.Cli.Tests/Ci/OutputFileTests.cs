namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// Single-file outputs (lint report, bundle, layer, diff) are written atomically and never inside a knowledge base,
/// where they could replace a note or be read back as one; the commands whose job is to write into a KB (import,
/// attack catalog) are the exceptions.
/// </summary>
public class OutputFileTests
{
    private static string Catalog => Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");

    [Theory]
    [InlineData("lint", "report.txt")]
    [InlineData("stix", "bundle.json")]
    [InlineData("layer", "coverage.json")]
    public void An_output_file_inside_the_kb_is_refused_and_nothing_is_written(string command, string name)
    {
        string kb = CopyOfGoodNote();
        string note = Path.Combine(kb, "good.md");
        string before = File.ReadAllText(note);
        foreach (string target in new[] { Path.Combine(kb, name), note })
        {
            var r = CliRunner.Run(command, kb, "--attack", Catalog, "-o", target);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("must be outside the knowledge base", r.Stderr);
        }
        Assert.Equal(before, File.ReadAllText(note));
        Assert.False(File.Exists(Path.Combine(kb, name)));
    }

    [Fact]
    public void Diff_output_is_written_whole_and_refused_inside_either_kb()
    {
        string kb = CopyOfGoodNote();
        string outside = Path.Combine(RepoPaths.TempFolder("diff-out"), "sub", "diff.md");
        var ok = CliRunner.Run("diff", kb, RepoPaths.Data, "-o", outside);
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal(CliRunner.Run("diff", kb, RepoPaths.Data).Stdout, File.ReadAllText(outside));
        Assert.Equal([outside], Directory.GetFiles(Path.GetDirectoryName(outside)!));

        var refused = CliRunner.Run("diff", kb, RepoPaths.Data, "-o", Path.Combine(kb, "diff.md"));
        Assert.Equal(2, refused.ExitCode);
        Assert.False(File.Exists(Path.Combine(kb, "diff.md")));
    }

    private static string CopyOfGoodNote()
    {
        string kb = RepoPaths.TempFolder("output-file");
        File.Copy(RepoPaths.Cases("AttackKb.Notes.Tests", "bad-input", "kb", "good.md"), Path.Combine(kb, "good.md"));
        return kb;
    }
}
