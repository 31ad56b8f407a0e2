namespace AttackKb.Core.Attack;

/// <summary>Following <c>revoked-by</c> for objects of any kind (groups, software, mitigations, campaigns).</summary>
public static class AttackRevocations
{
    /// <summary>
    /// The live object that replaces the revoked <paramref name="attackId"/>, following revoked-by (bounded, in case
    /// of cycles in bad data); null when the ID is unknown, not revoked, or its chain ends in nothing live.
    /// </summary>
    public static AttackObject? Replacement(this AttackRelease release, string attackId)
    {
        var o = release.Find(attackId);
        if (o is not { Revoked: true }) return null;
        for (int hops = 0; o is { Revoked: true, RevokedBy: { } next } && hops < 16; hops++) o = release.Find(next);
        return o is { Revoked: false } ? o : null;
    }
}
