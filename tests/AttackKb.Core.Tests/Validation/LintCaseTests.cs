using AttackKb.Core.Attack;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Validation;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;

namespace AttackKb.Core.Tests.Validation;

/// <summary>
/// One folder per rule family under cases/lint/: a small KB whose fail*/ notes break the rule and whose pass*/ notes
/// do not, linted against the pinned 18.1 catalog in data/ (no corpus needed); expected.txt is the text report.
/// </summary>
public class LintCaseTests
{
    internal static AttackRelease Release => TestKnowledgeBases.Pinned;

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(RepoPaths.Cases("AttackKb.Core.Tests", "lint")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_the_expected_diagnostics(string name)
    {
        string folder = RepoPaths.Cases("AttackKb.Core.Tests", "lint", name);
        var result = Lint(Path.Combine(folder, "kb"));
        string report = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        Golden.AssertMatches(Path.Combine(folder, "expected.txt"), report);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location?.Path.StartsWith("pass", StringComparison.Ordinal) == true && d.Severity >= Severity.Warning);
    }

    [Fact]
    public void Every_lint_code_is_exercised_by_a_case()
    {
        var names = Directory.GetDirectories(RepoPaths.Cases("AttackKb.Core.Tests", "lint")).Select(Path.GetFileName).OfType<string>();
        var seen = names.SelectMany(c => File.ReadAllLines(RepoPaths.Cases("AttackKb.Core.Tests", "lint", c, "expected.txt")))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"AKB\d{4}").Value).ToHashSet(StringComparer.Ordinal);
        var lintCodes = AttackRefDiagnostics.All.Concat(LinkDiagnostics.All).Concat(ConsistencyDiagnostics.All).Concat(DetectionRuleDiagnostics.All)
            .Select(d => d.Id).ToArray();
        var missing = lintCodes.Where(id => !seen.Contains(id)).ToArray();
        Assert.True(missing.Length == 0, "no case exercises " + string.Join(", ", missing));
    }

    [Fact]
    public void Overrides_switch_codes_off_and_warnings_can_fail_the_run()
    {
        var kb = KnowledgeBaseLoader.Load(RepoPaths.Cases("AttackKb.Core.Tests", "lint", "platforms", "kb"), KbConfig.Default, Release);
        var off = Validator.Run(kb, new LintOptions(new Dictionary<string, Severity>(StringComparer.Ordinal) { ["AKB3020"] = Severity.None }));
        Assert.DoesNotContain(off.Diagnostics, d => d.Id == "AKB3020");
        var strict = Validator.Run(kb, new LintOptions(new Dictionary<string, Severity>(StringComparer.Ordinal), WarningsAsErrors: true));
        Assert.Contains(strict.Diagnostics, d => d.Id == "AKB3021" && d.Severity == Severity.Error);
    }

    [Fact]
    public void Report_is_identical_across_runs_and_under_turkish_culture()
    {
        string folder = RepoPaths.Cases("AttackKb.Core.Tests", "lint", "links", "kb");
        string first = string.Concat(Lint(folder).Diagnostics.Select(d => d + "\n"));
        string second;
        using (new CultureScope("tr-TR")) second = string.Concat(Lint(folder).Diagnostics.Select(d => d + "\n"));
        Assert.Equal(first, second);
    }

    internal static LintResult Lint(string kbFolder) =>
        Validator.Run(KnowledgeBaseLoader.Load(kbFolder, KbConfig.Default, Release));
}
