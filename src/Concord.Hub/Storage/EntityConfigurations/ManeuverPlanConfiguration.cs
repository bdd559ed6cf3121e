using Concord.Hub.Agencies;
using Concord.Hub.Conjunctions;
using Concord.Hub.ManeuverPlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ManeuverPlanConfiguration : IEntityTypeConfiguration<ManeuverPlan>
{
    public void Configure(EntityTypeBuilder<ManeuverPlan> builder)
    {
        builder.ToTable("maneuver_plans");
        builder.HasKey(p => p.Id);
        builder.HasOne<ConjunctionEvent>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.EventId, p.UploadedAt });
        builder.Property(p => p.Agency).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(p => p.OemKvn).IsRequired();
        builder.Property(p => p.UseableStart).HasEpochConversion();
        builder.Property(p => p.UseableStop).HasEpochConversion();
        builder.Property(p => p.ScreeningJson).IsRequired();
        builder.Property(p => p.UploadedAt).IsRequired();
    }
}
