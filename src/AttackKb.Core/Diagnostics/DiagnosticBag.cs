using AttackKb.Core.Text;

namespace AttackKb.Core.Diagnostics;

/// <summary>Collects diagnostics for one unit of work (one file, one rule run). Not thread-safe: one per worker.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        _items.Add(Diagnostic.Create(descriptor, location, args));
}
