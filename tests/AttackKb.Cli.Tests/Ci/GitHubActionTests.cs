using System.Text.Json;

namespace AttackKb.Cli.Tests.Ci;

/// <summary>
/// The composite Action (action.yml) and the example workflow (.github/workflows/attackkb.yml) that teams copy: the
/// YAML validates against GitHub's schemas, and the scripts their steps run do their job when run here the way a
/// runner runs them (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP pointing at temporary files).
/// </summary>
public class GitHubActionTests
{
    [Theory]
    [Trait("Category", "Validators")]
    [InlineData("action.yml")]
    [InlineData(".github/workflows/attackkb.yml")]
    public void Action_and_workflow_validate(string file)
    {
        string validator = ReferenceValidators.NodeModule("@action-validator", "cli", "cli.mjs");
        var run = ReferenceValidators.Run("node", [validator, Path.Combine(RepoPaths.Root, file)]);
        Assert.True(run.ExitCode == 0, $"{file} does not validate:\n{run.Stdout}{run.Stderr}");
    }

    [Fact]
    public void Install_script_takes_a_prebuilt_binary_and_puts_it_on_the_path()
    {
        var runner = new FakeRunner();
        var run = runner.Script("install-attackkb.sh", [], new() { ["ATTACKKB_BINARY"] = runner.Cli });
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal($"path={runner.Cli}\n", runner.Output);
        Assert.Equal(Path.GetDirectoryName(runner.Cli) + "\n", File.ReadAllText(runner.PathFile));
    }

    [Fact]
    public void Lint_script_writes_sarif_and_annotations_of_a_clean_kb()
    {
        var runner = new FakeRunner();
        string sarif = Path.Combine(runner.Temp, "reports", "attackkb.sarif");
        var run = runner.Script("lint.sh", ["data", sarif]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(sarif)))
            Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal($"sarif={sarif}\n", runner.Output);
        Assert.Contains("::notice file=data/", run.Stdout);
        Assert.Contains("`data` is clean", runner.Summary);
    }

    [Fact]
    public void Lint_script_fails_the_step_on_lint_errors_after_writing_the_sarif()
    {
        var runner = new FakeRunner();
        string kb = RepoPaths.Cases("AttackKb.Site.Tests", "hostile", "kb");
        string sarif = Path.Combine(runner.Temp, "attackkb.sarif");
        var run = runner.Script("lint.sh", [kb, sarif]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=", run.Stdout);
        Assert.True(File.Exists(sarif));
        Assert.Contains("has errors", runner.Summary);
    }

    [Fact]
    public void Site_script_builds_the_site_for_pages()
    {
        var runner = new FakeRunner();
        string site = Path.Combine(runner.Temp, "_site");
        var run = runner.Script("site.sh", ["data", site, "https://cti.example/kb/"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "lint", "report.sarif")));
        Assert.Equal($"site={site}\n", runner.Output);
        Assert.Contains("pages built from `data`", runner.Summary);
    }

    [Fact]
    public void Diff_script_posts_the_kb_diff_as_the_job_summary()
    {
        var runner = new FakeRunner();
        string head = Path.Combine(runner.Temp, "head");
        RepoPaths.CopyFolder(RepoPaths.Data, head);
        File.Delete(Path.Combine(head, "detections", "DET-AKB-0007-adcs-certificate-abuse.md"));
        var run = runner.Script("diff.sh", [RepoPaths.Data, head]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("| Detection strategies | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |", runner.Summary);
        Assert.Contains("| DET-AKB-0007 |", runner.Summary);
        Assert.Equal($"diff={Path.Combine(runner.Temp, "attackkb-diff.md")}\n", runner.Output);
    }

    /// <summary>
    /// What a GitHub runner gives a step: the files behind GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_PATH, a
    /// RUNNER_TEMP, the repository root as working directory, and here the JIT build of the CLI as `attackkb`.
    /// </summary>
    private sealed class FakeRunner
    {
        public string Temp { get; } = RepoPaths.TempFolder("runner");
        public string OutputFile => Path.Combine(Temp, "github-output");
        public string SummaryFile => Path.Combine(Temp, "step-summary.md");
        public string PathFile => Path.Combine(Temp, "github-path");

        /// <summary>An `attackkb` executable that runs the CLI the tests built (as <see cref="CliProcess"/> does).</summary>
        public string Cli { get; }

        public FakeRunner()
        {
            Cli = Path.Combine(Directory.CreateDirectory(Path.Combine(Temp, "bin")).FullName, "attackkb");
            File.WriteAllText(Cli, $"#!/bin/sh\nexec dotnet '{typeof(Program).Assembly.Location}' \"$@\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Cli, File.GetUnixFileMode(Cli) | UnixFileMode.UserExecute);
        }

        public string Output => File.Exists(OutputFile) ? File.ReadAllText(OutputFile) : "";
        public string Summary => File.Exists(SummaryFile) ? File.ReadAllText(SummaryFile) : "";

        public ReferenceValidators.Output Script(string name, string[] args, Dictionary<string, string>? extra = null)
        {
            var environment = new Dictionary<string, string>
            {
                ["GITHUB_OUTPUT"] = OutputFile, ["GITHUB_STEP_SUMMARY"] = SummaryFile, ["GITHUB_PATH"] = PathFile,
                ["RUNNER_TEMP"] = Temp, ["ATTACKKB"] = Cli,
            };
            foreach (var (key, value) in extra ?? []) environment[key] = value;
            string script = Path.Combine(RepoPaths.Root, ".github", "scripts", name);
            return ReferenceValidators.Run("bash", [script, .. args], RepoPaths.Root, environment);
        }
    }
}
