using System.Collections.Immutable;
using Concord.Astro.Mathematics;
using Concord.Astro.Orbits;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;
using Concord.Formats.Ccsds;
using Concord.Formats.Ccsds.Omm;
using Concord.Formats.Diagnostics;
using Concord.Hub.SpaceObjects;

namespace Concord.Demo;

/// <summary>The generated catalog of <c>concord serve --demo</c>: about 1,500 fictional objects of the
/// <see cref="DemoAgencies"/> around a given epoch, with close approaches engineered into it. No data files: everything
/// comes from a fixed seed, so the same <c>now</c> gives the same catalog.</summary>
/// <remarks>
/// <para>Populations (<see cref="DemoObjectGroup"/>): a Walker-delta 600/30/1 constellation at 550 km and 53° (Walker,
/// "Satellite constellations", J. British Interplanetary Soc. 37, 1984, pp. 559-572); sun-synchronous Earth-observation
/// and weather fleets (inclination from J2, Vallado 2013 Eq. 9-41); a 24/3/1 navigation constellation at 29,600 km
/// and 56° (the Galileo geometry); 60 geostationary satellites in three longitude arcs, some retired, inclined and
/// drifting; and the cloud of a rocket body that broke up two days before <c>now</c> (fragments with a normally
/// distributed velocity change, sigma <see cref="FragmentDeltaVSigmaMetersPerSecond"/> per axis; perigees below
/// <see cref="MinimumFragmentPerigeeAltitudeMeters"/> are left out, so nothing decays within a week).</para>
/// <para>Catalog numbers are 9-digit, 800,000,001 and up (800,G00,001 for group block G), so they can never be
/// mistaken for real objects; Alpha-5 TLEs cannot hold them, OMM (the primary format) can.</para>
/// <para><see cref="EngineeredConjunctions"/>: pairs of different owners whose SGP4 trajectories are designed (see
/// <see cref="ConjunctionDesigner"/>) to pass within a band of miss distances at chosen times 1 to 72 hours after
/// <c>now</c>. Immutable and thread-safe once generated; generation takes well under a second.</para>
/// </remarks>
public sealed class DemoCatalog
{
    /// <summary>The seed of the generator.</summary>
    public const int Seed = 20_261_126;

    /// <summary>The first catalog number of the fictional range.</summary>
    public const int FirstCatalogNumber = 800_000_001;

    /// <summary>Standard deviation of the fragments' velocity change, per axis, m/s.</summary>
    public const double FragmentDeltaVSigmaMetersPerSecond = 35.0;

    /// <summary>Fragments with a lower perigee altitude are not catalogued, metres.</summary>
    public const double MinimumFragmentPerigeeAltitudeMeters = 350_000.0;

    private const double MetersPerKilometer = 1000.0;
    private const int FragmentAttempts = 900;

    private DemoCatalog(Epoch now, ImmutableArray<DemoSpaceObject> objects, ImmutableArray<DemoConjunction> conjunctions, Epoch fragmentation)
    {
        Now = now;
        Objects = objects;
        EngineeredConjunctions = conjunctions;
        FragmentationEpoch = fragmentation;
    }

    /// <summary>The epoch the catalog was generated around.</summary>
    public Epoch Now { get; }

    /// <summary>When the rocket body broke up (two days before <see cref="Now"/>).</summary>
    public Epoch FragmentationEpoch { get; }

    /// <summary>Every object, by catalog number.</summary>
    public ImmutableArray<DemoSpaceObject> Objects { get; }

    /// <summary>The close approaches designed into the catalog, by TCA.</summary>
    public ImmutableArray<DemoConjunction> EngineeredConjunctions { get; }

    /// <summary>The objects owned by <paramref name="agencyCode"/>.</summary>
    public IReadOnlyList<DemoSpaceObject> ObjectsOf(string agencyCode) => [.. Objects.Where(o => o.OwnerCode == agencyCode)];

    /// <summary>The element sets of <paramref name="agencyCode"/>'s objects as OMMs in <paramref name="format"/> (for
    /// example CSV or XML, ready for a catalog submission).</summary>
    public string WriteOmm(string agencyCode, CcsdsFormat format)
    {
        WriteResult written = OmmWriter.Write([.. ObjectsOf(agencyCode).Select(o => o.ToOmm())], format);
        return written.Text ?? throw new InvalidOperationException(
            "The demo catalog could not be written: " + string.Join("; ", written.Diagnostics.Select(d => d.Code)));
    }

    /// <summary>Generates the catalog around <paramref name="now"/> (element epochs up to a day before it; encounters
    /// 1 to 72 hours after it).</summary>
    public static DemoCatalog Generate(Epoch now)
    {
        var random = new DemoRandom(Seed);
        var objects = new List<DemoSpaceObject>();
        CalendarTime calendar = now.ToCalendar(TimeScale.Utc);
        var launches = new LaunchLog(new DateOnly(calendar.Year, calendar.Month, calendar.Day));

        AddConstellation(objects, random, now, launches);
        AddSunSynchronousFleet(objects, random, now, launches, DemoAgencies.Boreal, "BOREAS-EO", "Earth observation (optical imaging)", 2, 24, 690.0);
        AddSunSynchronousFleet(objects, random, now, launches, DemoAgencies.Austral, "AUSTRALIS-SAR", "Earth observation (radar imaging)", 3, 12, 520.0);
        AddSunSynchronousFleet(objects, random, now, launches, DemoAgencies.Meridian, "MERIDIAN-MET", "Meteorology", 4, 6, 830.0);
        AddNavigation(objects, random, now, launches);
        AddGeostationary(objects, random, now, launches);
        Epoch fragmentation = AddDebrisCloud(objects, random, now, launches);

        ImmutableArray<DemoConjunction> conjunctions = Engineer(objects, now);
        return new DemoCatalog(now, [.. objects.OrderBy(o => o.CatalogNumber)], conjunctions, fragmentation);
    }

    private static void AddConstellation(List<DemoSpaceObject> objects, DemoRandom random, Epoch now, LaunchLog launches)
    {
        // Walker delta T/P/F = 600/30/1: 30 planes 12° apart in node, 20 satellites per plane, and a phase shift of
        // F·360°/T = 0.6° between adjacent planes (Walker 1984). All sets share one epoch so the pattern holds.
        const int Total = 600;
        const int Planes = 30;
        const int Phasing = 1;
        const int PerPlane = Total / Planes;
        double semiMajorAxis = EarthConstants.Wgs72EquatorialRadiusMeters + (550.0 * MetersPerKilometer);
        double inclination = 53.0 * AngleUnits.RadiansPerDegree;
        double meanMotion = DemoOrbits.MeanMotionRadiansPerMinute(semiMajorAxis);
        Epoch epoch = GroupEpoch(now, random);
        for (int plane = 0; plane < Planes; plane++)
        {
            Launch launch = launches.Next(DemoAgencies.Halcyon, (Planes - plane) * 41);
            for (int slot = 0; slot < PerPlane; slot++)
            {
                double argumentOfLatitude = AngleUnits.RadiansPerRevolution * ((slot / (double)PerPlane) + (Phasing * plane / (double)Total));
                double argumentOfPerigee = random.Uniform(0.0, AngleUnits.RadiansPerRevolution);
                int number = (plane * PerPlane) + slot + 1;
                objects.Add(Create(DemoAgencies.Halcyon, 1, number, $"HALCYON-{number:0000}", launch, slot,
                    "Broadband telecommunications", SpaceObjectStatus.Operational, DemoObjectGroup.Constellation, new Sgp4Elements
                    {
                        Epoch = epoch,
                        MeanMotionRadiansPerMinute = meanMotion,
                        Eccentricity = random.Uniform(0.0001, 0.0002),
                        InclinationRadians = inclination,
                        RightAscensionOfAscendingNodeRadians = AngleUnits.RadiansPerRevolution * plane / Planes,
                        ArgumentOfPerigeeRadians = argumentOfPerigee,
                        MeanAnomalyRadians = DemoOrbits.Wrap(argumentOfLatitude - argumentOfPerigee),
                        BstarPerEarthRadius = random.Uniform(1e-5, 4e-5),
                    }));
            }
        }
    }

    private static void AddSunSynchronousFleet(List<DemoSpaceObject> objects, DemoRandom random, Epoch now, LaunchLog launches,
        string owner, string namePrefix, string function, int block, int count, double altitudeKilometers)
    {
        for (int i = 0; i < count; i++)
        {
            double semiMajorAxis = EarthConstants.Wgs72EquatorialRadiusMeters + ((altitudeKilometers + random.Uniform(-4.0, 4.0)) * MetersPerKilometer);
            double eccentricity = random.Uniform(0.0005, 0.0015);
            Launch launch = launches.Next(owner, ((count - i) * 97) + random.Integer(0, 60));
            objects.Add(Create(owner, block, i + 1, $"{namePrefix} {i + 1}", launch, 0, function,
                i == 0 ? SpaceObjectStatus.NonOperational : SpaceObjectStatus.Operational, DemoObjectGroup.EarthObservation, new Sgp4Elements
                {
                    Epoch = GroupEpoch(now, random),
                    MeanMotionRadiansPerMinute = DemoOrbits.MeanMotionRadiansPerMinute(semiMajorAxis),
                    Eccentricity = eccentricity,
                    InclinationRadians = DemoOrbits.SunSynchronousInclinationRadians(semiMajorAxis, eccentricity),
                    RightAscensionOfAscendingNodeRadians = random.Uniform(0.0, AngleUnits.RadiansPerRevolution),
                    ArgumentOfPerigeeRadians = random.Uniform(0.0, AngleUnits.RadiansPerRevolution),
                    MeanAnomalyRadians = random.Uniform(0.0, AngleUnits.RadiansPerRevolution),
                    BstarPerEarthRadius = random.Uniform(1e-5, 5e-5),
                }));
        }
    }

    private static void AddNavigation(List<DemoSpaceObject> objects, DemoRandom random, Epoch now, LaunchLog launches)
    {
        // Walker delta 24/3/1 at a = 29,600 km, i = 56° (the Galileo reference constellation).
        const int Total = 24;
        const int Planes = 3;
        const int PerPlane = Total / Planes;
        double meanMotion = DemoOrbits.MeanMotionRadiansPerMinute(29_600.0 * MetersPerKilometer);
        Epoch epoch = GroupEpoch(now, random);
        for (int plane = 0; plane < Planes; plane++)
        {
            for (int slot = 0; slot < PerPlane; slot++)
            {
                // Navigation satellites go up two at a time.
                Launch launch = slot % 2 == 0 ? launches.Next(DemoAgencies.Meridian, 2500 - (((plane * PerPlane) + slot) * 90)) : launches.Last;
                double argumentOfLatitude = AngleUnits.RadiansPerRevolution * ((slot / (double)PerPlane) + (plane / (double)Total));
                double argumentOfPerigee = random.Uniform(0.0, AngleUnits.RadiansPerRevolution);
                int number = (plane * PerPlane) + slot + 1;
                objects.Add(Create(DemoAgencies.Meridian, 5, number, $"MERIDIAN-NAV {number:00}", launch, slot % 2, "Navigation (GNSS)",
                    SpaceObjectStatus.Operational, DemoObjectGroup.Navigation, new Sgp4Elements
                    {
                        Epoch = epoch,
                        MeanMotionRadiansPerMinute = meanMotion,
                        Eccentricity = random.Uniform(0.0001, 0.0006),
                        InclinationRadians = 56.0 * AngleUnits.RadiansPerDegree,
                        RightAscensionOfAscendingNodeRadians = AngleUnits.RadiansPerRevolution * plane / Planes,
                        ArgumentOfPerigeeRadians = argumentOfPerigee,
                        MeanAnomalyRadians = DemoOrbits.Wrap(argumentOfLatitude - argumentOfPerigee),
                        BstarPerEarthRadius = 0.0,
                    }));
            }
        }
    }

    private static void AddGeostationary(List<DemoSpaceObject> objects, DemoRandom random, Epoch now, LaunchLog launches)
    {
        // Three arcs of 20 slots 2.5° apart; the last three satellites of each agency are retired: inclined, drifting.
        (string Owner, string Prefix, double FirstLongitudeDegrees)[] arcs =
        [
            (DemoAgencies.Meridian, "MERIDIAN-COM", -40.0),
            (DemoAgencies.Boreal, "BOREAS-GEO", 15.0),
            (DemoAgencies.Austral, "AUSTRALIS-SAT", 70.0),
        ];
        int number = 0;
        foreach ((string owner, string prefix, double firstLongitude) in arcs)
        {
            for (int i = 0; i < 20; i++)
            {
                number++;
                bool retired = i >= 17;
                Epoch epoch = GroupEpoch(now, random);
                double longitude = (retired ? random.Uniform(-180.0, 180.0) : firstLongitude + (2.5 * i)) * AngleUnits.RadiansPerDegree;
                double driftDegreesPerDay = retired ? random.Uniform(-1.0, 1.0) : 0.0;
                double inclination = (retired ? random.Uniform(1.0, 4.0) : random.Uniform(0.01, 0.08)) * AngleUnits.RadiansPerDegree;
                double node = random.Uniform(0.0, AngleUnits.RadiansPerRevolution);
                double argumentOfPerigee = random.Uniform(0.0, AngleUnits.RadiansPerRevolution);
                // Mean longitude = node + perigee + anomaly = geographic longitude + Greenwich sidereal angle (small i).
                double siderealAngle = SiderealTime.GreenwichMeanIau1982(epoch.ToJulianDate(TimeScale.Utc));
                Launch launch = launches.Next(owner, 400 + (i * 180) + random.Integer(0, 90));
                objects.Add(Create(owner, 6, number, $"{prefix} {i + 1}", launch, 0, "Telecommunications",
                    retired ? SpaceObjectStatus.NonOperational : SpaceObjectStatus.Operational, DemoObjectGroup.Geostationary, new Sgp4Elements
                    {
                        Epoch = epoch,
                        MeanMotionRadiansPerMinute = DemoOrbits.RevolutionsPerDayToRadiansPerMinute(
                            DemoOrbits.GeosynchronousRevolutionsPerDay + (driftDegreesPerDay / 360.0)),
                        Eccentricity = retired ? random.Uniform(0.0005, 0.003) : random.Uniform(0.0001, 0.0004),
                        InclinationRadians = inclination,
                        RightAscensionOfAscendingNodeRadians = node,
                        ArgumentOfPerigeeRadians = argumentOfPerigee,
                        MeanAnomalyRadians = DemoOrbits.Wrap(longitude + siderealAngle - node - argumentOfPerigee),
                        BstarPerEarthRadius = 0.0,
                    }));
            }
        }
    }

    private static Epoch AddDebrisCloud(List<DemoSpaceObject> objects, DemoRandom random, Epoch now, LaunchLog launches)
    {
        Epoch fragmentation = WholeSecond(now - Duration.FromDays(2.0) - Duration.FromMinutes(random.Uniform(0.0, 600.0)));
        double semiMajorAxis = EarthConstants.Wgs72EquatorialRadiusMeters + (800.0 * MetersPerKilometer);
        double eccentricity = 0.0014;
        Launch launch = launches.Next(DemoAgencies.Boreal, 2900);
        var parentElements = new Sgp4Elements
        {
            Epoch = fragmentation,
            MeanMotionRadiansPerMinute = DemoOrbits.MeanMotionRadiansPerMinute(semiMajorAxis),
            Eccentricity = eccentricity,
            InclinationRadians = DemoOrbits.SunSynchronousInclinationRadians(semiMajorAxis, eccentricity),
            RightAscensionOfAscendingNodeRadians = random.Uniform(0.0, AngleUnits.RadiansPerRevolution),
            ArgumentOfPerigeeRadians = random.Uniform(0.0, AngleUnits.RadiansPerRevolution),
            MeanAnomalyRadians = random.Uniform(0.0, AngleUnits.RadiansPerRevolution),
            BstarPerEarthRadius = 4e-5,
        };
        objects.Add(Create(DemoAgencies.Boreal, 7, 1, "BRL-4 R/B", launch, 1, "Rocket body (upper stage), broke up",
            SpaceObjectStatus.NonOperational, DemoObjectGroup.RocketBody, parentElements));

        Sgp4Result parent = Sgp4Propagator.Create(parentElements, Sgp4Options.Default).Propagator.Propagate(0.0);
        int piece = 2;
        for (int attempt = 0; attempt < FragmentAttempts; attempt++)
        {
            var deltaV = new Vector3d(random.Gaussian(FragmentDeltaVSigmaMetersPerSecond), random.Gaussian(FragmentDeltaVSigmaMetersPerSecond),
                random.Gaussian(FragmentDeltaVSigmaMetersPerSecond));
            double bstar = random.Uniform(5e-5, 3e-4);
            KeplerianElements k = DemoOrbits.ToElements(parent.PositionMeters, parent.VelocityMetersPerSecond + deltaV);
            double perigeeAltitude = TwoBody.PerigeeAltitude(k.SemiMajorAxisMeters, k.Eccentricity, EarthConstants.Wgs72EquatorialRadiusMeters);
            if (perigeeAltitude < MinimumFragmentPerigeeAltitudeMeters)
            {
                continue;
            }

            var elements = new Sgp4Elements
            {
                Epoch = fragmentation,
                MeanMotionRadiansPerMinute = DemoOrbits.MeanMotionRadiansPerMinute(k.SemiMajorAxisMeters),
                Eccentricity = k.Eccentricity,
                InclinationRadians = k.InclinationRadians,
                RightAscensionOfAscendingNodeRadians = k.RightAscensionOfAscendingNodeRadians,
                ArgumentOfPerigeeRadians = k.ArgumentOfPerigeeRadians,
                MeanAnomalyRadians = k.MeanAnomalyRadians,
                BstarPerEarthRadius = bstar,
            };
            piece++;
            objects.Add(Create(DemoAgencies.Boreal, 7, piece - 1, "BRL-4 DEB", launch, piece - 1, "Fragmentation debris",
                SpaceObjectStatus.NonOperational, DemoObjectGroup.Debris, elements));
        }

        return fragmentation;
    }

    private static ImmutableArray<DemoConjunction> Engineer(List<DemoSpaceObject> objects, Epoch now)
    {
        DemoSpaceObject Named(string name) => objects.First(o => o.Name == name);
        List<DemoSpaceObject> fragments = [.. objects.Where(o => o.Group == DemoObjectGroup.Debris)];
        EncounterDesign[] designs =
        [
            new("debris-on-satellite", fragments[17], Named("AUSTRALIS-SAR 4"), Duration.FromMinutes((9 * 60) + 41), 450.0, 250.0, 800.0, 240.0),
            new("high-risk", Named("HALCYON-0137"), Named("BOREAS-EO 7"), Duration.FromMinutes((26 * 60) + 13), 120.0, 50.0, 200.0, 60.0),
            new("geo", Named("MERIDIAN-COM 6"), Named("AUSTRALIS-SAT 19"), Duration.FromMinutes((47 * 60) + 5), 900.0, 500.0, 1500.0, 120.0),
            new("debris-on-satellite", fragments[41], Named("MERIDIAN-MET 3"), Duration.FromMinutes((63 * 60) + 20), 1500.0, 1000.0, 2000.0, 300.0),
        ];

        var conjunctions = new List<DemoConjunction>();
        foreach (EncounterDesign design in designs)
        {
            (DemoSpaceObject secondary, DemoConjunction conjunction) = Design(design, now);
            objects[objects.IndexOf(design.Secondary)] = secondary;
            conjunctions.Add(conjunction);
        }

        return [.. conjunctions.OrderBy(c => c.Tca)];
    }

    private static (DemoSpaceObject Secondary, DemoConjunction Conjunction) Design(EncounterDesign design, Epoch now)
    {
        Sgp4Propagator primary = Propagate(design.Primary.Elements);
        // Try minute after minute from the chosen time until the geometry allows a crossing (the primary must be at a
        // latitude the secondary's inclination reaches) and the design converges.
        for (int minute = 0; minute < 120; minute++)
        {
            Epoch tca = WholeSecond(now + design.TcaAfterNow + Duration.FromMinutes(minute));
            Sgp4Elements template = design.Secondary.Elements;
            if (design.Secondary.Group == DemoObjectGroup.EarthObservation)
            {
                // Stay sun-synchronous at the altitude of the crossing.
                Sgp4Result at = primary.Propagate((tca - primary.Elements.Epoch).TotalMinutes);
                double radius = at.Success ? at.PositionMeters.Length : DemoOrbits.SemiMajorAxisMeters(template.MeanMotionRadiansPerMinute);
                template = template with { InclinationRadians = DemoOrbits.SunSynchronousInclinationRadians(radius, template.Eccentricity) };
            }

            if (ConjunctionDesigner.Design(primary, template, tca, design.MissMeters, design.CrossingTrueAnomalyDegrees * AngleUnits.RadiansPerDegree,
                descending: minute % 2 == 1) is not { } designed)
            {
                continue;
            }

            // Measure on the elements as the OMM carries them, so the catalog and its expectation agree exactly.
            DemoSpaceObject secondary = design.Secondary with { Elements = designed };
            Sgp4Elements published = OmmConverter.ToSgp4Elements(secondary.ToOmm()).Value!;
            if (ConjunctionDesigner.ClosestApproach(primary, Propagate(published), tca, Duration.FromSeconds(120)) is not { } measured
                || measured.MissMeters < design.MinimumMissMeters || measured.MissMeters > design.MaximumMissMeters)
            {
                continue;
            }

            return (secondary with { Elements = published }, new DemoConjunction
            {
                Kind = design.Kind,
                PrimaryCatalogNumber = design.Primary.CatalogNumber,
                SecondaryCatalogNumber = design.Secondary.CatalogNumber,
                Tca = measured.Tca,
                MissDistanceMeters = measured.MissMeters,
                RelativeSpeedMetersPerSecond = measured.RelativeSpeedMetersPerSecond,
                MinimumMissMeters = design.MinimumMissMeters,
                MaximumMissMeters = design.MaximumMissMeters,
            });
        }

        throw new InvalidOperationException($"The demo encounter {design.Kind} of {design.Primary.Name} could not be designed.");
    }

    private static Sgp4Propagator Propagate(Sgp4Elements elements) => Sgp4Propagator.Create(elements, Sgp4Options.Default).Propagator;

    private static DemoSpaceObject Create(string owner, int block, int number, string name, Launch launch, int pieceIndex, string function,
        SpaceObjectStatus status, DemoObjectGroup group, Sgp4Elements elements)
    {
        DemoAgency agency = DemoAgencies.All.First(a => a.Code == owner);
        return new DemoSpaceObject
        {
            CatalogNumber = FirstCatalogNumber - 1 + (block * 100_000) + number,
            Name = name,
            InternationalDesignator = launch.Designator(pieceIndex),
            OwnerCode = owner,
            LaunchingState = agency.Country,
            LaunchDate = launch.Date,
            LaunchSite = launch.Site,
            GeneralFunction = function,
            Status = status,
            Group = group,
            Elements = elements,
        };
    }

    /// <summary>A group's element-set epoch: 1 to 20 hours before <paramref name="now"/>, on a whole second.</summary>
    private static Epoch GroupEpoch(Epoch now, DemoRandom random) => WholeSecond(now - Duration.FromMinutes(random.Uniform(60.0, 1200.0)));

    private static Epoch WholeSecond(Epoch epoch)
    {
        long nanoseconds = epoch.TaiNanosecondsSince2000;
        return Epoch.FromTaiNanosecondsSince2000(nanoseconds - (((nanoseconds % Duration.NanosecondsPerSecond) + Duration.NanosecondsPerSecond) % Duration.NanosecondsPerSecond));
    }
}
