using AttackKb.Core.Text;

namespace AttackKb.Notes.Fixing;

/// <summary>
/// Replace <paramref name="OldText"/> found at (or just after, past a quote) <paramref name="Location"/> with
/// <paramref name="NewText"/>.
/// </summary>
public sealed record TextEdit(SourceLocation Location, string OldText, string NewText, string Reason)
{
    public override string ToString() => $"{Location}: {OldText} → {NewText} ({Reason})";
}
