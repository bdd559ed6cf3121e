namespace Concord.Formats.Ccsds.Omm;

/// <summary>The mutable state of one OMM while it is parsed.</summary>
internal sealed class OmmBuilder
{
    public string? Version;
    public string? Classification;
    public CcsdsDate? CreationDate;
    public string? Originator;
    public string? MessageId;
    public string? ObjectName;
    public string? ObjectId;
    public string? CenterName;
    public string? ReferenceFrame;
    public CcsdsDate? ReferenceFrameEpoch;
    public string? TimeSystem;
    public string? MeanElementTheory;
    public CcsdsDate? Epoch;
    public double? SemiMajorAxis;
    public double? MeanMotion;
    public double? Eccentricity;
    public double? Inclination;
    public double? RightAscension;
    public double? ArgumentOfPericenter;
    public double? MeanAnomaly;
    public double? Gm;
    public double? Mass;
    public double? SolarRadArea;
    public double? SolarRadCoefficient;
    public double? DragArea;
    public double? DragCoefficient;
    public int? EphemerisType;
    public string? ClassificationType;
    public int? NoradCatalogId;
    public int? ElementSetNumber;
    public int? RevolutionNumber;
    public double? Bstar;
    public double? Bterm;
    public double? MeanMotionDot;
    public double? MeanMotionDdot;
    public double? Agom;
    public string? CovarianceFrame;
    public readonly double?[] Covariance = new double?[OmmCovariance.TermCount];
    public readonly List<OmmUserDefinedParameter> UserDefined = [];
    public readonly List<string>[] Comments = [[], [], [], [], [], [], []];
    public readonly bool[] SectionPresent = new bool[7];
}
