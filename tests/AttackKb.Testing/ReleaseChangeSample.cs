using AttackKb.Core.Attack;
using static AttackKb.Testing.TestReleases;

namespace AttackKb.Testing;

/// <summary>
/// Two small releases with one change of each kind the diff sorts (an addition, a revocation, a major, a minor and a
/// patch, an analytic added): the diff model's tests and the diff writers' goldens read the same pair.
/// </summary>
public static class ReleaseChangeSample
{
    public static AttackRelease Old() => Release(
        [
            Technique("T1553", "Subvert Trust Controls", strategies: ["DET0001"]),
            Technique("T1553.004", "Install Root Certificate", version: "1.3", strategies: ["DET0001"]),
            Technique("T1588.004", "Digital Certificates", tactic: "resource-development", version: "1.2"),
            Technique("T1649", "Steal or Forge Authentication Certificates", tactic: "credential-access",
                version: "1.1"),
        ],
        [Strategy("DET0001", "Root certificate added", ["AN0001"], ["T1553.004", "T1553"])],
        [Analytic("AN0001", "Windows", "DC0063", "DET0001")],
        [Component("DC0063", "Windows Registry Key Modification")],
        version: "18.1");

    public static AttackRelease New() => Release(
        [
            Technique("T1553", "Subvert Trust Controls", strategies: ["DET0001"], version: "2.0",
                platforms: ["Linux", "Windows"]),
            Technique("T1553.004", "Install Root Certificate", version: "1.3", strategies: ["DET0001"],
                description: "A new description."),
            Technique("T1588.004", "Digital Certificates", tactic: "resource-development", version: "1.2",
                revoked: true, revokedBy: "T1649"),
            Technique("T1649", "Steal or Forge Authentication Certificates", tactics: ["credential-access", "stealth"],
                version: "1.2"),
            Technique("T1690", "Brand New", tactic: "stealth"),
        ],
        [Strategy("DET0001", "Root certificate added", ["AN0001", "AN0002"], ["T1553.004", "T1553"])],
        [Analytic("AN0001", "Windows", "DC0063", "DET0001"), Analytic("AN0002", "Linux", "DC0063", "DET0001")],
        [Component("DC0063", "Windows Registry Key Modification")],
        version: "19.0");
}
