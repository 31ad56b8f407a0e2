using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Validation;

/// <summary>The sorted findings of a lint run, and what the exit code needs to know.</summary>
public sealed record LintResult(IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);
    /// <summary>A bug of ours was hit (a rule or a reader failed): the CLI exits 3.</summary>
    public bool HadInternalError => Diagnostics.Any(d => d.Id is "AKB9001" or "AKB1099");

    /// <summary><c>3 errors, 1 warning, 2 infos in 812 files</c></summary>
    public string Summary() =>
        $"{Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Plural(Infos, "info")} in "
            + $"{Plural(FileCount, "file")}";

    private static string Plural(int n, string word) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? "" : "s")}");
}
