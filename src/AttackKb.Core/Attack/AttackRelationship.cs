namespace AttackKb.Core.Attack;

/// <summary>
/// A live <c>uses</c>, <c>mitigates</c>, <c>attributed-to</c> or <c>targets</c> relationship. Its description is the
/// procedure text (or how a mitigation applies), with <c>(Citation: X)</c> markers that resolve against
/// <see cref="References"/>. Source and target are STIX ids: ATT&amp;CK IDs are not unique across revoked objects.
/// </summary>
public sealed record AttackRelationship(string StixId, string Type, string SourceStixId, string TargetStixId)
{
    public string? Description { get; init; }
    public IReadOnlyList<AttackReference> References { get; init; } = [];

    /// <summary>
    /// The relationship types kept (others are folded into object fields: parents, revoked-by, detects).
    /// </summary>
    public static bool IsKept(string type) => type is "uses" or "mitigates" or "attributed-to" or "targets";
}
