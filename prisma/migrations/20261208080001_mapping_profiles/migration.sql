-- CreateEnum
CREATE TYPE "MappingDirection" AS ENUM ('IMPORT', 'EXPORT');

-- CreateTable
CREATE TABLE "MappingProfile" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "direction" "MappingDirection" NOT NULL,
    "columns" JSONB NOT NULL,
    "values" JSONB NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MappingProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MappingProfile_list_direction_name_key" ON "MappingProfile"("list", "direction", "name");
