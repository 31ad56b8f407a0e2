using AttackKb.Core.Diagnostics;
using AttackKb.Core.IO;
using AttackKb.Core.Text;
using AttackKb.Notes.Fixing;

namespace AttackKb.Cli.Tests.Commands;

/// <summary>`lint --fix`: only safe fixes, exactly the expected bytes (cases/fix/after), idempotent, nothing written without --fix.</summary>
public class LintFixTests
{
    private static string Catalog => Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");

    /// <summary><c>fix</c>: tactics, technique links and IDs; <c>fix-mappings</c>: revoked groups and software in
    /// canonical mappings and in links to their pages.</summary>
    [Theory]
    [InlineData("fix", 5)]
    [InlineData("fix-mappings", 4)]
    public void Fix_rewrites_exactly_the_safe_fixes_and_a_second_run_changes_nothing(string name, int fixes)
    {
        string kb = Copy(name);
        var r = CliRunner.Run("lint", kb, "--attack", Catalog, "--fix");
        Assert.Contains($"attackkb: {fixes} fix(es) applied", r.Stderr);
        AssertSameTree(RepoPaths.Cases("AttackKb.Cli.Tests", name, "after"), kb);

        var again = CliRunner.Run("lint", kb, "--attack", Catalog, "--fix");
        Assert.Contains("attackkb: 0 fix(es) applied", again.Stderr);
        AssertSameTree(RepoPaths.Cases("AttackKb.Cli.Tests", name, "after"), kb);
    }

    [Fact]
    public void Without_fix_nothing_is_written()
    {
        string kb = Copy();
        CliRunner.Run("lint", kb, "--attack", Catalog);
        AssertSameTree(RepoPaths.Cases("AttackKb.Cli.Tests", "fix", "before"), kb);
    }

    [Fact]
    public void A_symlinked_note_is_fixed_through_its_target_and_stays_a_link()
    {
        string kb = RepoPaths.TempFolder("fix-link");
        Directory.CreateDirectory(Path.Combine(kb, "real"));
        File.WriteAllText(Path.Combine(kb, "real", "target.md"), "t1553_004 here\n");
        File.CreateSymbolicLink(Path.Combine(kb, "note.md"), Path.Combine("real", "target.md"));

        var bag = new DiagnosticBag();
        var applied = FixApplier.Apply(kb, [Edit("note.md")], bag);

        Assert.Empty(bag.Items);
        Assert.Single(applied);
        Assert.NotNull(new FileInfo(Path.Combine(kb, "note.md")).LinkTarget);
        Assert.Equal("T1553.004 here\n", File.ReadAllText(Path.Combine(kb, "real", "target.md")));
        Assert.Equal(["note.md", "real"], Directory.GetFileSystemEntries(kb).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_link_out_of_the_kb_an_undecodable_file_and_an_unreadable_one_are_diagnostics_and_the_rest_is_fixed()
    {
        string outside = Path.Combine(RepoPaths.TempFolder("fix-outside"), "elsewhere.md");
        File.WriteAllText(outside, "t1553_004\n");
        string kb = RepoPaths.TempFolder("fix-failures");
        File.CreateSymbolicLink(Path.Combine(kb, "a-link.md"), outside);
        byte[] latin1 = [0x74, 0x31, 0x35, 0x35, 0x33, 0x5F, 0x30, 0x30, 0x34, 0x20, 0xE4, 0x0A];
        File.WriteAllBytes(Path.Combine(kb, "b-latin1.md"), latin1);
        Directory.CreateDirectory(Path.Combine(kb, "c-folder.md"));
        File.WriteAllText(Path.Combine(kb, "d-good.md"), "t1553_004\n");

        var bag = new DiagnosticBag();
        var applied = FixApplier.Apply(kb, [Edit("a-link.md"), Edit("b-latin1.md"), Edit("c-folder.md"), Edit("d-good.md")], bag);

        Assert.Equal(["a-link.md", "b-latin1.md", "c-folder.md"], bag.Items.Select(d => d.Location!.Value.Path));
        Assert.All(bag.Items, d => Assert.Equal("AKB7210", d.Id));
        Assert.Contains("outside the knowledge base", bag.Items[0].Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", bag.Items[1].Message, StringComparison.Ordinal);
        Assert.Equal("t1553_004\n", File.ReadAllText(outside));
        Assert.Equal(latin1, File.ReadAllBytes(Path.Combine(kb, "b-latin1.md")));
        Assert.Equal("d-good.md", Assert.Single(applied).Location.Path);
        Assert.Equal("T1553.004\n", File.ReadAllText(Path.Combine(kb, "d-good.md")));
    }

    [Fact]
    public void Concurrent_atomic_writes_of_one_file_never_collide_or_leave_a_temporary_file()
    {
        // One fixed temporary name (what lint --fix used) makes two writers share, truncate or steal each other's file.
        string folder = RepoPaths.TempFolder("atomic");
        string target = Path.Combine(folder, "note.md");
        File.WriteAllText(target, "old");
        var contents = Enumerable.Range(0, 64).Select(i => new string((char)('a' + i % 26), 10_000 + i)).ToArray();

        Parallel.ForEach(contents, text => AtomicFileWriter.Write(target, System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Contains(File.ReadAllText(target), contents);
        Assert.Equal(["note.md"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    private static TextEdit Edit(string path) => new(new SourceLocation(path, 1, 1), "", "T1553.004", "canonical spelling");

    private static string Copy(string name = "fix")
    {
        return RepoPaths.CopyFolder(RepoPaths.Cases("AttackKb.Cli.Tests", name, "before"), RepoPaths.TempFolder(name));
    }

    private static void AssertSameTree(string expected, string actual)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal));
        foreach (string f in files)
            Assert.Equal(File.ReadAllText(Path.Combine(expected, f)), File.ReadAllText(Path.Combine(actual, f)));
    }
}
