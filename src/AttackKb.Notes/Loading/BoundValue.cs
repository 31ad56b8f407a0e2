using AttackKb.Core.Model;

namespace AttackKb.Notes.Loading;

/// <summary>What a reader bound from one file: at most one note, detection or test (none for an ignored one).
/// </summary>
public readonly record struct BoundValue(Note? Note, Detection? Detection, TestProcedure? Test)
{
    public static BoundValue None => default;

    public static implicit operator BoundValue(Note note) => new(note, null, null);
    public static implicit operator BoundValue(Detection detection) => new(null, detection, null);
    public static implicit operator BoundValue(TestProcedure test) => new(null, null, test);

    /// <summary>The value with the anchors other files' links may point at (notes and detections have them).</summary>
    public BoundValue WithAnchors(Anchors anchors) => new(
        Note is null ? null : Note with { Anchors = anchors },
        Detection is null ? null : Detection with { Anchors = anchors },
        Test);
}
