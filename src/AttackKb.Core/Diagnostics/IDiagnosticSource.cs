namespace AttackKb.Core.Diagnostics;

/// <summary>
/// A component that reports diagnostics, with the codes it may report (Roslyn's
/// <c>DiagnosticAnalyzer.SupportedDiagnostics</c>). Each lint rule is one; so is each component that reports outside
/// the linter (readers, STIX export, site, import, fix, diff, release reader). A test checks that every code of
/// <see cref="DiagnosticCatalog"/> has exactly one owning component and a golden case that shows it.
/// </summary>
public interface IDiagnosticSource
{
    /// <summary>A stable, explicit name (never <c>GetType().Name</c>, which a rename would silently change).</summary>
    string Name { get; }

    /// <summary>Every code this source may report; reporting any other is a bug of the source.</summary>
    IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }
}
