using AttackKb.Core.Config;
using AttackKb.Notes.Loading;

namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// "Never silent", over every hostile case folder of the repository: no command exits 3, every command that reads the
/// KB names each file it left out on stderr and ends with a summary line, and a left-out file makes it exit 1.
/// </summary>
[Trait("Category", "Slow")]
public class NeverSilentTests
{
    private static string Catalog => Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json");

    /// <summary>Every KB folder built from bad input: the reader's and site's hostile cases, and the case folders of
    /// the bad-input classes (cases/lint/input-*, links-*) and of the crash cases (Cli.Tests/cases/crash-*).</summary>
    public static TheoryData<string> HostileKnowledgeBases()
    {
        var folders = new List<string>
        {
            "tests/AttackKb.Notes.Tests/cases/bad-input/kb",
            "tests/AttackKb.Site.Tests/cases/hostile/kb",
        };
        string lint = RepoPaths.Cases("AttackKb.Core.Tests", "lint");
        folders.AddRange(Directory.GetDirectories(lint)
            .Where(d => Path.GetFileName(d).StartsWith("input-", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith("links-", StringComparison.Ordinal))
            .Select(d => Path.Combine(d, "kb")));
        string cli = RepoPaths.Cases("AttackKb.Cli.Tests");
        folders.AddRange(Directory.GetDirectories(cli, "crash-*").Select(d => Directory.Exists(Path.Combine(d, "kb")) ? Path.Combine(d, "kb") : d));
        var data = new TheoryData<string>();
        foreach (string f in folders.Select(f => Path.GetRelativePath(RepoPaths.Root, Path.Combine(RepoPaths.Root, f)).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
            data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostileKnowledgeBases))]
    public void No_command_crashes_and_every_left_out_file_is_named(string folder)
    {
        string kb = Path.Combine(RepoPaths.Root, folder);
        string config = Path.Combine(kb, KbConfig.FileName);
        var loaded = KnowledgeBaseLoader.Load(kb, File.Exists(config) ? KbConfig.Load(config) : KbConfig.Default, release: null);
        string temp = RepoPaths.TempFolder("never-silent");

        var commands = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["list"] = ["list", kb],
            ["lint"] = ["lint", kb, "--attack", Catalog],
            ["stix"] = ["stix", kb, "--attack", Catalog, "-o", Path.Combine(temp, "bundle.json")],
            ["site"] = ["site", kb, "--attack", Catalog, "-o", Path.Combine(temp, "site")],
            ["layer"] = ["layer", kb, "--attack", Catalog, "-o", Path.Combine(temp, "layer.json")],
            ["build"] = ["build", kb, "--attack", Catalog, "-o", Path.Combine(temp, "build")],
        };
        foreach (var (name, args) in commands)
        {
            var r = CliRunner.Run(args);
            Assert.True(r.ExitCode is 0 or 1, $"{name} exited {r.ExitCode}:\n{r.Stderr}");
            Assert.DoesNotContain("internal error", r.Stderr);
            Assert.Matches(@"(?m)^attackkb: \d+ files?: \d+ read", r.Stderr);
            foreach (string path in loaded.LeftOut)
                Assert.True(r.Stderr.Contains(path, StringComparison.Ordinal), $"{name} does not name left-out {path}:\n{r.Stderr}");
            if (loaded.LeftOut.Count > 0) Assert.True(r.ExitCode == 1, $"{name} left out {loaded.LeftOut.Count} files but exited 0");
            if (name is "lint" or "build" && r.Stdout.Contains(": error ", StringComparison.Ordinal)) Assert.Equal(1, r.ExitCode);
        }
    }

    [Fact]
    public void Show_names_the_files_it_left_out_and_exits_1()
    {
        string kb = RepoPaths.Cases("AttackKb.Notes.Tests", "bad-input", "kb");
        var r = CliRunner.Run("show", "T1553.004", kb, "--attack", Catalog);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("T1553.004", r.Stdout);
        Assert.Contains("binary.md(3,1): error AKB1004", r.Stderr); // located at the NUL byte
        Assert.Contains("left out", r.Stderr);
    }

    [Fact]
    public void A_front_matter_never_closed_is_left_out_of_stix_with_exit_1()
    {
        string kb = RepoPaths.TempFolder("unclosed");
        File.Copy(RepoPaths.Cases("AttackKb.Notes.Tests", "bad-input", "kb", "good.md"), Path.Combine(kb, "good.md"));
        File.WriteAllText(Path.Combine(kb, "broken.md"), "---\nid: x\n");
        var r = CliRunner.Run("stix", kb, "--attack", Catalog, "-o", Path.Combine(kb, "..", Path.GetFileName(kb) + ".json"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("broken.md(1,1): error AKB1010", r.Stderr);
        Assert.Contains("attackkb: 2 files: 1 read, 1 left out", r.Stderr);
    }

    [Fact]
    public void The_default_kb_reads_every_file_and_says_so()
    {
        var r = CliRunner.Run("list", RepoPaths.Data);
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^attackkb: (\d+) files: \1 read\n$", r.Stderr);
    }
}
