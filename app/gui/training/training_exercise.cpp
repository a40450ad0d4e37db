#include "gui/training/training_exercise.h"

// TrainingExercise is an interface; this file gives its meta-object a home, so every target
// that lists the training sources compiles it once.
