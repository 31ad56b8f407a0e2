using AttackKb.Core.Ids;

namespace AttackKb.Core.Tests.Ids;

public class AttackIdTests
{
    [Theory]
    [InlineData("T1587.003", "T1587.003")]
    [InlineData("T1587/003", "T1587.003")]
    [InlineData("T1587_003", "T1587.003")]
    [InlineData("t1587_003", "T1587.003")]
    [InlineData(" t1649 ", "T1649")]
    [InlineData("T1587.03", null)]
    [InlineData("T15870", null)]
    [InlineData("Digital Certificates", null)]
    [InlineData("TA0042", null)]
    public void Every_spelling_normalises_to_the_canonical_technique_id(string text, string? expected) =>
        Assert.Equal(expected, AttackId.NormalizeTechnique(text));

    [Fact]
    public void Parent_and_urls_round_trip()
    {
        Assert.Equal("T1587", AttackId.ParentOf("T1587.003"));
        Assert.Null(AttackId.ParentOf("T1587"));
        Assert.Equal("https://attack.mitre.org/techniques/T1587/003", AttackId.TechniqueUrl("T1587.003"));
        Assert.Equal("T1587_003", AttackId.ToTag("T1587.003"));
    }

    [Fact]
    public void Minted_stix_ids_are_deterministic_well_formed_uuid_v5()
    {
        string a = StixId.Mint("attack-pattern", "T9999");
        Assert.Equal(a, StixId.Mint("attack-pattern", "T9999"));
        Assert.NotEqual(a, StixId.Mint("attack-pattern", "T9998"));
        Assert.True(StixId.IsWellFormed(a));
        Assert.Equal('5', a["attack-pattern--".Length + 14]);
        // RFC 9562 test vector: UUIDv5 of "www.example.com" in the DNS namespace.
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", StixId.UuidV5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"));
    }

    [Theory]
    [InlineData("attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421", true)]
    [InlineData("attack-pattern--19401639-28D0-4C3C-ADCC-BC2BA22F6421", false)]
    [InlineData("attack-pattern-19401639-28d0-4c3c-adcc-bc2ba22f6421", false)]
    [InlineData("attack-pattern--19401639-28d0-4c3c-adcc", false)]
    public void Stix_id_shape(string id, bool ok) => Assert.Equal(ok, StixId.IsWellFormed(id));
}
