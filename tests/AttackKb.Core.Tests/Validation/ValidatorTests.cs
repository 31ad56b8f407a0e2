using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Validation;
using AttackKb.Notes.Loading;

namespace AttackKb.Core.Tests.Validation;

/// <summary>The validator's contract beyond single rules: a failing rule is contained, config overrides apply, output is sorted.</summary>
public class ValidatorTests
{
    private sealed class ThrowingRule : LintRule
    {
        public override string Name => "ThrowingRule";
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [];
        public override void CheckNote(Note note, LintContext context, DiagnosticBag bag) => throw new InvalidOperationException("boom");
    }

    private static KnowledgeBase LinksCase() =>
        KnowledgeBaseLoader.Load(RepoPaths.Cases("AttackKb.Core.Tests", "lint", "links", "kb"), KbConfig.Default, LintCaseTests.Release);

    [Fact]
    public void A_rule_that_throws_becomes_an_internal_error_at_each_file_and_the_other_rules_still_run()
    {
        var kb = LinksCase();
        var normal = Validator.Run(kb);
        var result = Validator.Run(kb, null, [new ThrowingRule(), .. Validator.Rules]);

        var failures = result.Diagnostics.Where(d => d.Id == ToolDiagnostics.RuleFailed.Id).ToArray();
        Assert.Equal(kb.Notes.Select(n => n.Path).Order(StringComparer.Ordinal), failures.Select(d => d.Location!.Value.Path));
        Assert.All(failures, f => Assert.Contains("ThrowingRule", f.Message));
        Assert.All(failures, f => Assert.Contains("InvalidOperationException: boom", f.Message));
        Assert.True(result.HadInternalError);
        Assert.False(normal.HadInternalError);
        Assert.Equal(normal.Diagnostics, result.Diagnostics.Where(d => d.Id != ToolDiagnostics.RuleFailed.Id));
    }

    [Fact]
    public void Reader_diagnostics_are_part_of_the_result_and_everything_is_sorted()
    {
        var kb = LinksCase();
        var result = Validator.Run(kb);
        Assert.All(kb.Diagnostics, d => Assert.Contains(d, result.Diagnostics));
        Assert.Equal(result.Diagnostics.Order(), result.Diagnostics);
    }

    [Fact]
    public void Overrides_can_raise_lower_and_drop_a_code()
    {
        var kb = LinksCase();
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal)
        {
            ["AKB4010"] = Severity.Info, ["AKB4030"] = Severity.Error, ["AKB4020"] = Severity.None,
        };
        var result = Validator.Run(kb, new LintOptions(overrides));
        Assert.All(result.Diagnostics.Where(d => d.Id == "AKB4010"), d => Assert.Equal(Severity.Info, d.Severity));
        Assert.All(result.Diagnostics.Where(d => d.Id == "AKB4030"), d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(result.Diagnostics, d => d.Id == "AKB4010");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "AKB4020");
    }

    [Fact]
    public void Without_a_release_the_run_says_so_and_skips_attack_checks()
    {
        var kb = KnowledgeBaseLoader.Load(RepoPaths.Cases("AttackKb.Core.Tests", "lint", "tactics", "kb"), KbConfig.Default, null);
        var result = Validator.Run(kb);
        Assert.Contains(result.Diagnostics, d => d.Id == ToolDiagnostics.NoRelease.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("AKB30", StringComparison.Ordinal));
    }
}
