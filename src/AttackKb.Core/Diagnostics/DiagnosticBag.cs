using AttackKb.Core.Text;

namespace AttackKb.Core.Diagnostics;

/// <summary>
/// Collects diagnostics for one unit of work (one file, one rule run). Not thread-safe: one per worker.
/// </summary>
public class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Action<Diagnostic>? _forward;

    public DiagnosticBag() { }

    /// <summary>
    /// A bag that also hands every diagnostic to <paramref name="forward"/> (e.g. a thread-safe collector).
    /// </summary>
    protected DiagnosticBag(Action<Diagnostic> forward) => _forward = forward;

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic)
    {
        if (_forward is not null) _forward(diagnostic);
        else _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }

    public void Report(DiagnosticDescriptor descriptor, SourceLocation? location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));
}
