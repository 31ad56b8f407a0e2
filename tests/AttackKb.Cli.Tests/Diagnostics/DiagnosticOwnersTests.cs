using System.Text.RegularExpressions;
using AttackKb.Cli.Common;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Validation;

namespace AttackKb.Cli.Tests.Diagnostics;

/// <summary>
/// Every code has one owner and is shown by a golden case: the catalog, the components' declarations and the
/// goldens cannot drift apart.
/// </summary>
public class DiagnosticOwnersTests
{
    /// <summary>
    /// Codes no golden shows yet, each to be removed from here when a case folder shows it (a test fails when one is
    /// listed that a golden already shows). AKB2004 is never reported today: it is kept because codes are never reused.
    /// </summary>
    private static readonly string[] WithoutGoldenCase =
    [
        "AKB1001", "AKB1024", "AKB1025", "AKB1099", "AKB2004", "AKB2005", "AKB6305",
        "AKB7001", "AKB7002", "AKB7101", "AKB7102", "AKB7103", "AKB7104", "AKB7105", "AKB7106",
        "AKB7201", "AKB7202", "AKB7203", "AKB7204", "AKB7205", "AKB7206", "AKB7207", "AKB7208", "AKB7209", "AKB7210",
        "AKB7301", "AKB8001", "AKB8002", "AKB8003", "AKB8004", "AKB8005", "AKB8006", "AKB8007", "AKB8010", "AKB9001",
        "AKB9002",
    ];

    [Fact]
    public void Every_code_of_the_catalog_has_exactly_one_owner()
    {
        var owners = DiagnosticCatalog.All.ToDictionary(
            d => d.Id,
            d => DiagnosticSources.All.Where(s => s.SupportedDiagnostics.Contains(d)).Select(s => s.Name).ToArray(),
            StringComparer.Ordinal);
        var wrong = owners.Where(o => o.Value.Length != 1).Select(o => $"{o.Key}: [{string.Join(", ", o.Value)}]");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_declared_code_is_in_the_catalog_and_every_source_has_a_unique_name()
    {
        var declared = DiagnosticSources.All.SelectMany(s => s.SupportedDiagnostics)
            .Concat(Validator.Rules.SelectMany(r => r.SupportedDiagnostics));
        Assert.All(declared, d => Assert.Same(d, DiagnosticCatalog.Find(d.Id)));
        var names = DiagnosticSources.All.Select(s => s.Name).Concat(Validator.Rules.Select(r => r.Name)).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Validator.Rules, r => Assert.NotEqual(r.GetType().Name, r.Name));
    }

    [Fact]
    public void Every_code_is_shown_by_a_golden_case_except_the_listed_gaps()
    {
        var shown = GoldenFiles()
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"\bAKB\d{4}\b").Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        var missing = DiagnosticCatalog.All.Select(d => d.Id).Where(id => !shown.Contains(id)).ToArray();
        Assert.Equal(WithoutGoldenCase, missing);
    }

    /// <summary>The expected outputs of every case folder of every test project.</summary>
    private static IEnumerable<string> GoldenFiles() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "tests"))
            .Select(p => Path.Combine(p, "cases"))
            .Where(Directory.Exists)
            .SelectMany(c => Directory.EnumerateFiles(c, "expected*", SearchOption.AllDirectories))
            .Where(f => !f.EndsWith(".actual", StringComparison.Ordinal));
}
